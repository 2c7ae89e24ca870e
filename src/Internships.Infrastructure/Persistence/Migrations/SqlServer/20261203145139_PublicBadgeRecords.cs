using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicBadgeRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GuardianConsentName",
                table: "BadgeAwards",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GuardianConsentRecordedAt",
                table: "BadgeAwards",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedCredential",
                table: "BadgeAwards",
                type: "nvarchar(max)",
                maxLength: 65536,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublishDetails",
                table: "BadgeAwards",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecipientAdultFrom",
                table: "BadgeAwards",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GuardianConsentName",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "GuardianConsentRecordedAt",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "IssuedCredential",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "PublishDetails",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "RecipientAdultFrom",
                table: "BadgeAwards");
        }
    }
}
