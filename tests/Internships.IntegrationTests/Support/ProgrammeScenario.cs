using System.Net;
using System.Text.Json.Nodes;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// A blended micro-credential for after-school staff, as the programme tests need it: a badge for adult participants,
/// a programme (1: a face-to-face session, 2: an online module, 3: two coaching sessions, 4: an observation on a
/// three-criterion rubric passing at 8), a cohort whose trainer, coach and observer have accounts, and an agency.
/// </summary>
public sealed record ProgrammeScenario(int BadgeId, int ProgrammeId, int CohortId, ApiClient Trainer, ApiClient Coach, ApiClient Observer, int AgencyId)
{
    public const int Session = 1;
    public const int Module = 2;
    public const int Coaching = 3;
    public const int Observation = 4;

    public static object Requirements => new object[]
    {
        new { kind = "Session", title = "Face-to-face STEM training", pdHours = 3.0m },
        new { kind = "OnlineModule", title = "Online module: inquiry-based activities", pdHours = 1.5m },
        new { kind = "Coaching", title = "One-on-one coaching", pdHours = 1.0m, sessionsRequired = 2 },
        new
        {
            kind = "Observation", title = "In-person observation", pdHours = 1.0m,
            criteria = new[] { "Engages youth in questions", "Safe use of materials", "Connects to everyday life" }, passingScore = 8,
        },
    };

    public static async Task<ProgrammeScenario> CreateAsync(District district, int capacity = 20)
    {
        var badge = BadgeBuilder.Body(name: $"STEM Facilitator {District.Next()}", recipientType: "Person", kind: "Competency");
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(district, badge));
        var programme = await district.Coordinator.PostJsonAsync("/api/programmes", new
        {
            name = $"Blended STEM micro-credential {District.Next()}",
            description = "Face-to-face training, online modules, coaching and an observation for after-school staff.",
            badgeClassId = badgeId,
            pdHoursTarget = 6.5m,
            feeAmount = 150m,
            requirements = Requirements,
        }, HttpStatusCode.Created);
        // The consortium's trainers: accounts of the training organisation, not district staff.
        var consortium = await district.CreateEmployerAsync();
        var trainer = await district.CreateAccountAsync("EmployerAdmin", employerId: consortium);
        var coach = await district.CreateAccountAsync("EmployerAdmin", employerId: consortium);
        var observer = await district.CreateAccountAsync("EmployerAdmin", employerId: consortium);
        var cohort = await district.Coordinator.PostJsonAsync($"/api/programmes/{District.Id(programme)}/cohorts", new
        {
            name = "Spring cohort",
            startsOn = District.Today.AddDays(-20),
            endsOn = District.Today.AddDays(40),
            capacity,
            trainerUserId = await UserIdAsync(trainer),
            coachUserId = await UserIdAsync(coach),
            observerUserId = await UserIdAsync(observer),
        }, HttpStatusCode.Created);
        return new ProgrammeScenario(badgeId, District.Id(programme), District.Id(cohort), trainer, coach, observer, await district.CreateEmployerAsync());
    }

    public static async Task<int> UserIdAsync(ApiClient client) => District.Id(await client.GetJsonAsync("/api/me"));

    /// <summary>A new adult with an account (an agency's staff member), enrolled in the cohort: their client, account id, e-mail and enrolment.</summary>
    public async Task<Participant> EnrolAsync(District district, bool forAgency = true)
    {
        var client = await district.CreateAccountAsync("EmployerAdmin", employerId: AgencyId);
        var me = await client.GetJsonAsync("/api/me");
        var enrolment = await district.Coordinator.PostJsonAsync($"/api/cohorts/{CohortId}/enrolments",
            new { userId = District.Id(me), name = $"Alex Rivera {District.Next()}", organisationId = forAgency ? AgencyId : (int?)null }, HttpStatusCode.Created);
        return new Participant(client, District.Id(me), me["email"]!.GetValue<string>(), District.Id(enrolment));
    }

    /// <summary>Every step but the module and the observation: what is left are the last two.</summary>
    public async Task CompleteAllButLastTwoAsync(Participant p)
    {
        await Trainer.PostJsonAsync($"/api/cohorts/{CohortId}/attendance",
            new { step = Session, heldOn = District.Today.AddDays(-14), marks = new[] { new { enrolmentId = p.EnrolmentId, present = true } } });
        for (var i = 0; i < 2; i++)
        {
            await Coach.PostJsonAsync($"/api/enrolments/{p.EnrolmentId}/coaching", new { step = Coaching, heldOn = District.Today.AddDays(-7 + i), notes = "Planned a circuits lesson." });
        }
    }

    public HttpRequestMessage ModuleRequest(Participant p) =>
        new(HttpMethod.Post, $"/api/enrolments/{p.EnrolmentId}/modules/{Module}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { narrative = "Finished the inquiry module and its quiz.", evidenceUrl = "https://learn.example/certificates/123" },
                options: ApiClient.Json),
        };

    public HttpRequestMessage ObservationRequest(Participant p, int[]? scores = null) =>
        new(HttpMethod.Post, $"/api/enrolments/{p.EnrolmentId}/observations")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { step = Observation, observedOn = District.Today, scores = scores ?? [3, 3, 2], notes = "Youth asked great questions." },
                options: ApiClient.Json),
        };

    /// <summary>All four requirements, one after another.</summary>
    public async Task<JsonObject> CompleteAsync(Participant p)
    {
        await CompleteAllButLastTwoAsync(p);
        await p.Client.ExpectAsync<JsonObject>(p.Client.Http.SendAsync(ModuleRequest(p)));
        return await Observer.ExpectAsync<JsonObject>(Observer.Http.SendAsync(ObservationRequest(p)));
    }
}

public sealed record Participant(ApiClient Client, int UserId, string Email, int EnrolmentId);
