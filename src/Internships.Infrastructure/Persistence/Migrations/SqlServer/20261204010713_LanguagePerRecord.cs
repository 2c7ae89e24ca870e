using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LanguagePerRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A contact's language was free text; it becomes the code e-mail is written in. Spanish in any of the ways
            // coordinators wrote it reads as es-US, anything else as en-US (the product writes in those two only).
            migrationBuilder.Sql("UPDATE [StudentContacts] SET [PreferredLanguage] = CASE WHEN LOWER(TRIM([PreferredLanguage])) IN ('spanish', N'español', 'espanol', 'castellano', 'es') OR LOWER(TRIM([PreferredLanguage])) LIKE 'es-%' OR LOWER(TRIM([PreferredLanguage])) LIKE 'spanish%' THEN 'es-US' ELSE 'en-US' END;");

            migrationBuilder.AlterColumn<string>(
                name: "PreferredLanguage",
                table: "StudentContacts",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(60)",
                oldMaxLength: 60);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Reports",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "en-US");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEs",
                table: "BadgeClasses",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEs",
                table: "BadgeClasses",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "DescriptionEs",
                table: "BadgeClasses");

            migrationBuilder.DropColumn(
                name: "NameEs",
                table: "BadgeClasses");

            migrationBuilder.AlterColumn<string>(
                name: "PreferredLanguage",
                table: "StudentContacts",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10);
        }
    }
}
