using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlacementsEvaluationsBadges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "RequiredHours",
                table: "Postings",
                type: "REAL",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "BadgeClasses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Color = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Image = table.Column<byte[]>(type: "BLOB", maxLength: 1048576, nullable: true),
                    EndorsingEmployerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    PrerequisiteIds = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Alignments = table.Column<string>(type: "TEXT", nullable: true),
                    Rule = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BadgeClasses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BadgeClasses_Employers_EndorsingEmployerId",
                        column: x => x.EndorsingEmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisorId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HourlyWage = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    RequiredHours = table.Column<double>(type: "REAL", precision: 7, scale: 2, nullable: false),
                    IsMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Supervisors_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "Supervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RubricCompetencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RubricCompetencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostingRequiredBadges",
                columns: table => new
                {
                    PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                    BadgeClassId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingRequiredBadges", x => new { x.PostingId, x.BadgeClassId });
                    table.ForeignKey(
                        name: "FK_PostingRequiredBadges_BadgeClasses_BadgeClassId",
                        column: x => x.BadgeClassId,
                        principalTable: "BadgeClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostingRequiredBadges_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BadgeAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientStudentId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientEmployerId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AwardKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ShowRecipientName = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BadgeAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_BadgeClasses_BadgeClassId",
                        column: x => x.BadgeClassId,
                        principalTable: "BadgeClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Employers_RecipientEmployerId",
                        column: x => x.RecipientEmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Students_RecipientStudentId",
                        column: x => x.RecipientStudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupervisorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Testimonial = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ratings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Evaluations_Supervisors_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "Supervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementDocuments",
                columns: table => new
                {
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementDocuments", x => new { x.PlacementId, x.Type });
                    table.ForeignKey(
                        name: "FK_PlacementDocuments_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimesheetEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBySupervisorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimesheetEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimesheetEntries_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimesheetEntries_Supervisors_ReviewedBySupervisorId",
                        column: x => x.ReviewedBySupervisorId,
                        principalTable: "Supervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_BadgeClassId_RecipientKey_AwardKey",
                table: "BadgeAwards",
                columns: new[] { "BadgeClassId", "RecipientKey", "AwardKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_PlacementId",
                table: "BadgeAwards",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_PublicId",
                table: "BadgeAwards",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_RecipientEmployerId",
                table: "BadgeAwards",
                column: "RecipientEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_RecipientStudentId",
                table: "BadgeAwards",
                column: "RecipientStudentId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClasses_EndorsingEmployerId",
                table: "BadgeClasses",
                column: "EndorsingEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClasses_Name",
                table: "BadgeClasses",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeClasses_PublicId",
                table: "BadgeClasses",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_PlacementId_Kind",
                table: "Evaluations",
                columns: new[] { "PlacementId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_SupervisorId",
                table: "Evaluations",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ApplicationId",
                table: "Placements",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerId_Status",
                table: "Placements",
                columns: new[] { "EmployerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PostingId",
                table: "Placements",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StudentId_Status",
                table: "Placements",
                columns: new[] { "StudentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_SupervisorId",
                table: "Placements",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_PostingRequiredBadges_BadgeClassId",
                table: "PostingRequiredBadges",
                column: "BadgeClassId");

            migrationBuilder.CreateIndex(
                name: "IX_RubricCompetencies_Key",
                table: "RubricCompetencies",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimesheetEntries_PlacementId_WorkDate",
                table: "TimesheetEntries",
                columns: new[] { "PlacementId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_TimesheetEntries_ReviewedBySupervisorId",
                table: "TimesheetEntries",
                column: "ReviewedBySupervisorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BadgeAwards");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "PlacementDocuments");

            migrationBuilder.DropTable(
                name: "PostingRequiredBadges");

            migrationBuilder.DropTable(
                name: "RubricCompetencies");

            migrationBuilder.DropTable(
                name: "TimesheetEntries");

            migrationBuilder.DropTable(
                name: "BadgeClasses");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropColumn(
                name: "RequiredHours",
                table: "Postings");
        }
    }
}
