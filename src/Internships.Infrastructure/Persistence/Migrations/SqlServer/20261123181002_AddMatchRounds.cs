using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddMatchRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Term = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    MaxChoices = table.Column<int>(type: "int", nullable: false),
                    PreferenceDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    AllowOtherPathways = table.Column<bool>(type: "bit", nullable: false),
                    ScrambleOfRoundId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RunCount = table.Column<int>(type: "int", nullable: false),
                    PublishedRunNumber = table.Column<int>(type: "int", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRounds_MatchRounds_ScrambleOfRoundId",
                        column: x => x.ScrambleOfRoundId,
                        principalTable: "MatchRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchParticipants",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    StudentId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchParticipants", x => new { x.RoundId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_MatchParticipants_MatchRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchParticipants_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchRoundPostings",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    PostingId = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRoundPostings", x => new { x.RoundId, x.PostingId });
                    table.ForeignKey(
                        name: "FK_MatchRoundPostings_MatchRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchRoundPostings_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    RanAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RanBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Students = table.Column<int>(type: "int", nullable: false),
                    StudentsWithChoices = table.Column<int>(type: "int", nullable: false),
                    Postings = table.Column<int>(type: "int", nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    Choices = table.Column<int>(type: "int", nullable: false),
                    Proposals = table.Column<long>(type: "bigint", nullable: false),
                    Matched = table.Column<int>(type: "int", nullable: false),
                    PlacedAtChoice = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ElapsedMilliseconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRuns_MatchRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchChoices",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    StudentId = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    PostingId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchChoices", x => new { x.RoundId, x.StudentId, x.Rank });
                    table.ForeignKey(
                        name: "FK_MatchChoices_MatchParticipants_RoundId_StudentId",
                        columns: x => new { x.RoundId, x.StudentId },
                        principalTable: "MatchParticipants",
                        principalColumns: new[] { "RoundId", "StudentId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchChoices_MatchRoundPostings_RoundId_PostingId",
                        columns: x => new { x.RoundId, x.PostingId },
                        principalTable: "MatchRoundPostings",
                        principalColumns: new[] { "RoundId", "PostingId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchEmployerRanks",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    PostingId = table.Column<int>(type: "int", nullable: false),
                    StudentId = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    Unacceptable = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchEmployerRanks", x => new { x.RoundId, x.PostingId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_MatchEmployerRanks_MatchParticipants_RoundId_StudentId",
                        columns: x => new { x.RoundId, x.StudentId },
                        principalTable: "MatchParticipants",
                        principalColumns: new[] { "RoundId", "StudentId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchEmployerRanks_MatchRoundPostings_RoundId_PostingId",
                        columns: x => new { x.RoundId, x.PostingId },
                        principalTable: "MatchRoundPostings",
                        principalColumns: new[] { "RoundId", "PostingId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchOutcomes",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "int", nullable: false),
                    StudentId = table.Column<int>(type: "int", nullable: false),
                    PostingId = table.Column<int>(type: "int", nullable: true),
                    ChoiceNumber = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchOutcomes", x => new { x.RunId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_MatchOutcomes_MatchRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MatchRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchOutcomes_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchOutcomes_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchChoices_RoundId_PostingId",
                table: "MatchChoices",
                columns: new[] { "RoundId", "PostingId" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchChoices_RoundId_StudentId_PostingId",
                table: "MatchChoices",
                columns: new[] { "RoundId", "StudentId", "PostingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchEmployerRanks_RoundId_StudentId",
                table: "MatchEmployerRanks",
                columns: new[] { "RoundId", "StudentId" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchOutcomes_PostingId",
                table: "MatchOutcomes",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchOutcomes_RunId_PostingId",
                table: "MatchOutcomes",
                columns: new[] { "RunId", "PostingId" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchOutcomes_StudentId",
                table: "MatchOutcomes",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchParticipants_StudentId",
                table: "MatchParticipants",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRoundPostings_PostingId",
                table: "MatchRoundPostings",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRounds_ScrambleOfRoundId",
                table: "MatchRounds",
                column: "ScrambleOfRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRuns_RoundId_Number",
                table: "MatchRuns",
                columns: new[] { "RoundId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchChoices");

            migrationBuilder.DropTable(
                name: "MatchEmployerRanks");

            migrationBuilder.DropTable(
                name: "MatchOutcomes");

            migrationBuilder.DropTable(
                name: "MatchParticipants");

            migrationBuilder.DropTable(
                name: "MatchRoundPostings");

            migrationBuilder.DropTable(
                name: "MatchRuns");

            migrationBuilder.DropTable(
                name: "MatchRounds");
        }
    }
}
