using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// The matrix rows of micro-credential programmes: coordinators manage programmes, cohorts, enrolments and fees;
/// employer A's supervisor trains, coaches and observes the cohort; employer A's admin is the participant. Anyone
/// else may not know a cohort or an enrolment exists.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The participant, the cohort's staff and coordinators see an enrolment; the others may not know of it.</summary>
    private static readonly Actor[] NotInTheCohort = [Actor.Admin, Actor.OtherEmployerAdmin, Actor.OwnStudent, Actor.OtherStudent];

    private static Func<Actor, Outcome> EnrolmentStep(Actor recorder) =>
        Rule([recorder], hidden: NotInTheCohort);

    private static readonly Endpoint[] ProgrammeEndpoints =
    [
        new("GET /api/programmes", (_, _) => Task.FromResult(Get("/api/programmes")), Rule([Actor.Coordinator])),
        new("POST /api/programmes", async (w, _) => Send(HttpMethod.Post, "/api/programmes", await ProgrammeBodyAsync(w)), Rule([Actor.Coordinator])),
        new("GET /api/programmes/{id}", async (w, _) => Get($"/api/programmes/{(await ProgrammeAsync(w)).ProgrammeId}"), Rule([Actor.Coordinator])),
        new("PUT /api/programmes/{id}", async (w, _) => Replace($"/api/programmes/{(await ProgrammeAsync(w)).ProgrammeId}", await ProgrammeBodyAsync(w)),
            Rule([Actor.Coordinator])),
        new("GET /api/programmes/{id}/cohorts", async (w, _) => Get($"/api/programmes/{(await ProgrammeAsync(w)).ProgrammeId}/cohorts"), Rule([Actor.Coordinator])),
        new("POST /api/programmes/{id}/cohorts", async (w, _) => Send(HttpMethod.Post, $"/api/programmes/{(await ProgrammeAsync(w)).ProgrammeId}/cohorts",
            new { name = "Fall cohort", startsOn = District.Today, endsOn = District.Today.AddDays(30), capacity = 10 }), Rule([Actor.Coordinator])),
        new("GET /api/cohorts/mine", (_, _) => Task.FromResult(Get("/api/cohorts/mine")), Rule(Everyone)),
        new("GET /api/cohorts/{own}", async (w, _) => Get($"/api/cohorts/{(await CohortAsync(w)).CohortId}"),
            Rule([Actor.Coordinator, Actor.OwnSupervisor], hidden: NotInTheCohort.Append(Actor.OwnEmployerAdmin).ToArray())),
        new("POST /api/cohorts/{own}/enrolments", async (w, _) =>
        {
            var cohort = await CohortAsync(w, enrolParticipant: false);
            return Send(HttpMethod.Post, $"/api/cohorts/{cohort.CohortId}/enrolments", new { userId = cohort.ParticipantUserId, name = "Pat Lee" });
        }, Rule([Actor.Coordinator])),
        new("POST /api/cohorts/{own}/attendance", async (w, _) =>
        {
            var cohort = await CohortAsync(w);
            return Send(HttpMethod.Post, $"/api/cohorts/{cohort.CohortId}/attendance",
                new { step = 1, heldOn = District.Today, marks = new[] { new { enrolmentId = cohort.EnrolmentId, present = true } } });
        }, Rule([Actor.OwnSupervisor], hidden: NotInTheCohort.Append(Actor.OwnEmployerAdmin).ToArray())),
        new("GET /api/enrolments/mine", (_, _) => Task.FromResult(Get("/api/enrolments/mine")), Rule(Everyone)),
        new("GET /api/enrolments/{own}", async (w, _) => Get($"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}"),
            Rule([Actor.Coordinator, Actor.OwnSupervisor, Actor.OwnEmployerAdmin], hidden: NotInTheCohort)),
        new("GET /api/enrolments/{own}/transcript", async (w, _) => Get($"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}/transcript"),
            Rule([Actor.Coordinator, Actor.OwnSupervisor, Actor.OwnEmployerAdmin], hidden: NotInTheCohort)),
        new("POST /api/enrolments/{own}/modules/{step}", async (w, _) => Send(HttpMethod.Post, $"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}/modules/2",
            new { narrative = "Finished the module." }), EnrolmentStep(Actor.OwnEmployerAdmin)),
        new("POST /api/enrolments/{own}/coaching", async (w, _) => Send(HttpMethod.Post, $"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}/coaching",
            new { step = 3, heldOn = District.Today }), EnrolmentStep(Actor.OwnSupervisor)),
        new("POST /api/enrolments/{own}/observations", async (w, _) => Send(HttpMethod.Post, $"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}/observations",
            new { step = 4, observedOn = District.Today, scores = new[] { 3, 3, 3 } }), EnrolmentStep(Actor.OwnSupervisor)),
        new("PUT /api/enrolments/{own}/fee", async (w, _) => Send(HttpMethod.Put, $"/api/enrolments/{(await CohortAsync(w)).EnrolmentId}/fee", new { status = "Waived" }),
            Rule([Actor.Coordinator])),
    ];

    private sealed record MatrixCohort(int ProgrammeId, int CohortId, int ParticipantUserId, int? EnrolmentId);

    private static MatrixCohort? _programme;

    /// <summary>A body for a new (or the same) programme, earning a badge for adult participants.</summary>
    private static async Task<object> ProgrammeBodyAsync(World w)
    {
        var badge = District.Id(await BadgeBuilder.CreateAsync(w.District, BadgeBuilder.Body(recipientType: "Person")));
        return new
        {
            name = $"Matrix programme {District.Next()}", description = "For the matrix.", badgeClassId = badge, pdHoursTarget = 6.5m,
            requirements = ProgrammeScenario.Requirements,
        };
    }

    /// <summary>The matrix's programme, made once.</summary>
    private static async Task<MatrixCohort> ProgrammeAsync(World w) =>
        _programme ??= new MatrixCohort(District.Id(await w.District.Coordinator.PostJsonAsync("/api/programmes", await ProgrammeBodyAsync(w), HttpStatusCode.Created)),
            0, 0, null);

    /// <summary>A fresh cohort trained, coached and observed by A's supervisor, with A's admin enrolled (unless asked not to).</summary>
    private static async Task<MatrixCohort> CohortAsync(World w, bool enrolParticipant = true)
    {
        var programme = await ProgrammeAsync(w);
        var staff = await ProgrammeScenario.UserIdAsync(w.OwnSupervisor.Client);
        var participant = await ProgrammeScenario.UserIdAsync(w.OwnEmployer.Client);
        var cohort = District.Id(await w.District.Coordinator.PostJsonAsync($"/api/programmes/{programme.ProgrammeId}/cohorts", new
        {
            name = "Matrix cohort", startsOn = District.Today, endsOn = District.Today.AddDays(30), capacity = 10,
            trainerUserId = staff, coachUserId = staff, observerUserId = staff,
        }, HttpStatusCode.Created));
        int? enrolment = enrolParticipant
            ? District.Id(await w.District.Coordinator.PostJsonAsync($"/api/cohorts/{cohort}/enrolments",
                new { userId = participant, name = "Pat Lee", organisationId = w.OwnEmployer.EmployerId }, HttpStatusCode.Created))
            : null;
        return new MatrixCohort(programme.ProgrammeId, cohort, participant, enrolment);
    }
}
