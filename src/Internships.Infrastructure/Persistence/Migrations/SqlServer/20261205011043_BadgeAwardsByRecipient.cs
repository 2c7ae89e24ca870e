using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BadgeAwardsByRecipient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_RecipientKey_BadgeClassId",
                table: "BadgeAwards",
                columns: new[] { "RecipientKey", "BadgeClassId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BadgeAwards_RecipientKey_BadgeClassId",
                table: "BadgeAwards");
        }
    }
}
