using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BadgeClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AllowsClaims",
                table: "BadgeClasses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BadgeClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    BadgeClassId = table.Column<int>(type: "integer", nullable: false),
                    StudentId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Links = table.Column<List<string>>(type: "text[]", nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AwardId = table.Column<int>(type: "integer", nullable: true),
                    OpenFor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BadgeClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BadgeClaims_BadgeAwards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "BadgeAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeClaims_BadgeClasses_BadgeClassId",
                        column: x => x.BadgeClassId,
                        principalTable: "BadgeClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeClaims_StoredFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeClaims_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_AwardId",
                table: "BadgeClaims",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_BadgeClassId",
                table: "BadgeClaims",
                column: "BadgeClassId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_EvidenceFileId",
                table: "BadgeClaims",
                column: "EvidenceFileId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_OpenFor",
                table: "BadgeClaims",
                column: "OpenFor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_Status_SubmittedAt",
                table: "BadgeClaims",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClaims_StudentId_SubmittedAt",
                table: "BadgeClaims",
                columns: new[] { "StudentId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BadgeClaims");

            migrationBuilder.DropColumn(
                name: "AllowsClaims",
                table: "BadgeClasses");
        }
    }
}
