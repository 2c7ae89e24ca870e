using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TermsContactsAuditStateReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ssid",
                table: "Students",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CdsCode",
                table: "Schools",
                type: "nvarchar(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<int>(type: "int", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlacementId = table.Column<int>(type: "int", nullable: true),
                    StudentId = table.Column<int>(type: "int", nullable: false),
                    EmployerId = table.Column<int>(type: "int", nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Parties = table.Column<int>(type: "int", nullable: false),
                    People = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedByUserId = table.Column<int>(type: "int", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactLog_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PathwayStateCourses",
                columns: table => new
                {
                    PathwayId = table.Column<int>(type: "int", nullable: false),
                    Course = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    StateCourseCode = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayStateCourses", x => new { x.PathwayId, x.Course });
                    table.ForeignKey(
                        name: "FK_PathwayStateCourses_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementStateReporting",
                columns: table => new
                {
                    PlacementId = table.Column<int>(type: "int", nullable: false),
                    LeaSponsored = table.Column<bool>(type: "bit", nullable: true),
                    CertifiedSupervised = table.Column<bool>(type: "bit", nullable: true),
                    StateCourseCode = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementStateReporting", x => x.PlacementId);
                    table.ForeignKey(
                        name: "FK_PlacementStateReporting_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Students_Ssid",
                table: "Students",
                column: "Ssid",
                unique: true,
                filter: "[Ssid] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_At",
                table: "AuditTrail",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId_At",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_UserName_At",
                table: "AuditTrail",
                columns: new[] { "UserName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_EmployerId",
                table: "ContactLog",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_FollowUpDoneOn_FollowUpDueOn",
                table: "ContactLog",
                columns: new[] { "FollowUpDoneOn", "FollowUpDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_PlacementId_OccurredOn",
                table: "ContactLog",
                columns: new[] { "PlacementId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_StudentId_OccurredOn",
                table: "ContactLog",
                columns: new[] { "StudentId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Terms_EndDate",
                table: "Terms",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_Terms_Name",
                table: "Terms",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "ContactLog");

            migrationBuilder.DropTable(
                name: "PathwayStateCourses");

            migrationBuilder.DropTable(
                name: "PlacementStateReporting");

            migrationBuilder.DropTable(
                name: "Terms");

            migrationBuilder.DropIndex(
                name: "IX_Students_Ssid",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "Ssid",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "CdsCode",
                table: "Schools");
        }
    }
}
