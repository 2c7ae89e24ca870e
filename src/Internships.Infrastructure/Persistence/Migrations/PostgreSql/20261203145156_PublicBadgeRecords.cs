using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GuardianConsentRecordedAt",
                table: "BadgeAwards",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedCredential",
                table: "BadgeAwards",
                type: "character varying(65536)",
                maxLength: 65536,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublishDetails",
                table: "BadgeAwards",
                type: "boolean",
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
