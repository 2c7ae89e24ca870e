using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// The people and records the authorisation matrix acts on: employer A (own) with its admin and a supervisor,
/// employer B (other) with its admin, students S1 (own) and S2 (other), and A's postings and S1's applications.
/// Cases that change something get fresh records, so the order they run in does not matter.
/// </summary>
internal sealed class World
{
    private World(District district) => District = district;

    public District District { get; }

    public int SchoolId { get; private set; }

    public string SchoolCode { get; private set; } = "";

    public int PathwayId { get; private set; }

    public EmployerActor OwnEmployer { get; private set; } = null!;

    public string OwnEmployerName { get; private set; } = "";

    public EmployerActor OtherEmployer { get; private set; } = null!;

    public SupervisorActor OwnSupervisor { get; private set; } = null!;

    public string OwnSupervisorEmail { get; private set; } = "";

    public StudentActor OwnStudent { get; private set; } = null!;

    public StudentActor OtherStudent { get; private set; } = null!;

    public int OpenPostingId { get; private set; }

    public int DraftPostingId { get; private set; }

    public int ApplicationId { get; private set; }

    public static async Task<World> CreateAsync(District district)
    {
        var world = new World(district);
        var school = await district.Coordinator.PostJsonAsync("/api/schools",
            new { name = "Matrix High", code = $"MX-{District.Next()}" }, System.Net.HttpStatusCode.Created);
        world.SchoolId = District.Id(school);
        world.SchoolCode = school["code"]!.GetValue<string>();
        world.PathwayId = await district.CreatePathwayAsync();
        world.OwnEmployer = await district.CreateEmployerWithAdminAsync();
        world.OwnEmployerName = (await district.Coordinator.GetJsonAsync($"/api/employers/{world.OwnEmployer.EmployerId}"))["name"]!.GetValue<string>();
        world.OtherEmployer = await district.CreateEmployerWithAdminAsync();
        world.OwnSupervisor = await district.CreateSupervisorAsync(world.OwnEmployer.EmployerId);
        world.OwnSupervisorEmail = (await district.Coordinator.GetJsonAsync($"/api/employers/{world.OwnEmployer.EmployerId}/supervisors"))
            ["items"]![0]!["email"]!.GetValue<string>();
        world.OwnStudent = await district.CreateStudentAsync(world.SchoolId, [world.PathwayId]);
        world.OtherStudent = await district.CreateStudentAsync(world.SchoolId, [world.PathwayId]);

        world.OpenPostingId = await district.CreateOpenPostingAsync(world.OwnEmployer, [world.PathwayId], slots: 20);
        world.DraftPostingId = await district.CreateDraftPostingAsync(world.OwnEmployer, [world.PathwayId]);
        world.ApplicationId = await District.ApplyAsync(world.OwnStudent, world.OpenPostingId);
        await District.ApplyAsync(world.OtherStudent, world.OpenPostingId);
        return world;
    }

    public ApiClient ClientFor(Actor actor) => actor switch
    {
        Actor.Anonymous => District.Anonymous,
        Actor.Admin => District.Admin,
        Actor.Coordinator => District.Coordinator,
        Actor.OwnEmployerAdmin => OwnEmployer.Client,
        Actor.OtherEmployerAdmin => OtherEmployer.Client,
        Actor.OwnSupervisor => OwnSupervisor.Client,
        Actor.OwnStudent => OwnStudent.Client!,
        Actor.OtherStudent => OtherStudent.Client!,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    /// <summary>A fresh draft of employer A's.</summary>
    public Task<int> DraftAsync() => District.CreateDraftPostingAsync(OwnEmployer, [PathwayId]);

    /// <summary>A fresh posting of employer A's waiting for approval.</summary>
    public async Task<int> SubmittedAsync()
    {
        var id = await District.CreateDraftPostingAsync(OwnEmployer, [PathwayId]);
        await OwnEmployer.Client.PostJsonAsync($"/api/postings/{id}/submit");
        return id;
    }

    /// <summary>A fresh open posting of employer A's.</summary>
    public Task<int> OpenAsync() => District.CreateOpenPostingAsync(OwnEmployer, [PathwayId]);

    /// <summary>A fresh application of S1's to a posting of A's, offered a place when asked.</summary>
    public async Task<int> ApplicationAsync(bool offered = false)
    {
        var applicationId = await District.ApplyAsync(OwnStudent, await OpenAsync());
        if (offered)
        {
            await OwnEmployer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        }

        return applicationId;
    }

    public int PlacementId { get; private set; }

    public int BadgeId { get; private set; }

    public string AwardId { get; private set; } = "";

    /// <summary>Creates the placement, badge and award the read-only cases look at.</summary>
    public async Task AddPlacementsAndBadgesAsync()
    {
        PlacementId = await PlacementAsync();
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        BadgeId = District.Id(badge);
        AwardId = (await District.Coordinator.PostJsonAsync($"/api/badges/{BadgeId}/awards", new { studentId = OwnStudent.StudentId },
            System.Net.HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    public int PlacementReportId { get; private set; }

    public int TermSummaryReportId { get; private set; }

    /// <summary>A ready placement report of S1's placement and a ready term summary, for the report cases.</summary>
    public async Task AddReportsAsync()
    {
        PlacementReportId = District.Id(await District.Coordinator.PostJsonAsync($"/api/placements/{PlacementId}/report",
            expected: System.Net.HttpStatusCode.Accepted));
        TermSummaryReportId = District.Id(await District.Coordinator.PostJsonAsync("/api/reports/term-summary",
            new { name = "Matrix term", from = District.Today.AddDays(-7), to = District.Today }, System.Net.HttpStatusCode.Accepted));
        foreach (var id in new[] { PlacementReportId, TermSummaryReportId })
        {
            var report = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{id}");
            Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("Ready"));
        }
    }

    /// <summary>A fresh placement of S1's at employer A, supervised by A's supervisor: pending, or active when asked.</summary>
    public async Task<int> PlacementAsync(bool active = false)
    {
        var postingId = await District.CreateOpenPostingAsync(OwnEmployer, [PathwayId], b =>
        {
            b["startDate"] = District.Today;
            b["applicationDeadline"] = District.Today;
            b["supervisorId"] = OwnSupervisor.SupervisorId;
            b["requiredHours"] = 2m;
        });
        var applicationId = await District.ApplyAsync(OwnStudent, postingId);
        await OwnEmployer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        await OwnStudent.Client!.PostJsonAsync($"/api/applications/{applicationId}/accept");
        var placementId = (await OwnStudent.Client.GetJsonAsync("/api/placements?pageSize=100"))["items"]!.AsArray()
            .Single(p => p!["postingId"]!.GetValue<int>() == postingId)!["id"]!.GetValue<int>();
        if (active)
        {
            foreach (var type in new[] { "WorkPermit", "GuardianConsent", "TrainingAgreement" })
            {
                await District.Coordinator.PostJsonAsync($"/api/placements/{placementId}/documents", new { type, receivedOn = District.Today });
            }
        }

        return placementId;
    }

    /// <summary>A fresh timesheet entry of S1's, waiting for approval.</summary>
    public async Task<int> TimesheetEntryAsync()
    {
        var placementId = await PlacementAsync(active: true);
        return District.Id(await OwnStudent.Client!.PostJsonAsync($"/api/placements/{placementId}/hours",
            new { workDate = District.Today, hours = 1, tasks = "Shadowed the surveyor." }, System.Net.HttpStatusCode.Created));
    }

    /// <summary>A fresh placement ready to complete, or already completed.</summary>
    public async Task<int> CompletablePlacementAsync(bool completed = false)
    {
        var placementId = await PlacementAsync(active: true);
        var entry = await OwnStudent.Client!.PostJsonAsync($"/api/placements/{placementId}/hours",
            new { workDate = District.Today, hours = 2, tasks = "Shadowed the surveyor." }, System.Net.HttpStatusCode.Created);
        await OwnSupervisor.Client.PostJsonAsync($"/api/timesheets/{District.Id(entry)}/approve");
        foreach (var kind in new[] { "Midpoint", "Final" })
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(PlacementScenario.Ratings()))!.AsObject();
            body["kind"] = kind;
            await OwnSupervisor.Client.PostJsonAsync($"/api/placements/{placementId}/evaluations", body, System.Net.HttpStatusCode.Created);
        }

        if (completed)
        {
            await OwnSupervisor.Client.PostJsonAsync($"/api/placements/{placementId}/complete");
        }

        return placementId;
    }

    /// <summary>A fresh award of a fresh badge to S1.</summary>
    public async Task<string> AwardAsync()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        return (await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = OwnStudent.StudentId },
            System.Net.HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    /// <summary>The actor's own pending applications, in their current order, for a ranking that changes nothing.</summary>
    public async Task<int[]> PendingApplicationIdsAsync(Actor actor)
    {
        if (actor is not (Actor.OwnStudent or Actor.OtherStudent))
        {
            return [ApplicationId];
        }

        var mine = await ClientFor(actor).GetJsonAsync("/api/me/applications?pageSize=100");
        return mine["items"]!.AsArray()
            .Where(a => a!["status"]!.GetValue<string>() is "Submitted" or "UnderReview" or "Offered")
            .Select(a => a!["id"]!.GetValue<int>())
            .ToArray();
    }

    /// <summary>
    /// A fresh matching round over a fresh posting of employer A's, with S1 as its only participant (S2 and employer B
    /// have nothing to do with it), S1 having ranked the posting: open, locked, run once, or published.
    /// </summary>
    public async Task<(int RoundId, int PostingId)> MatchRoundAsync(string state = "Open")
    {
        var postingId = await District.CreateOpenPostingAsync(OwnEmployer, [PathwayId]);
        var round = await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Matrix round {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(5),
            postingIds = new[] { postingId },
            studentIds = new[] { OwnStudent.StudentId },
        }, System.Net.HttpStatusCode.Created);
        var roundId = District.Id(round);
        await OwnStudent.Client!.PutJsonAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { postingId } });
        if (state is "Locked" or "Run" or "Published")
        {
            await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        }

        if (state is "Run" or "Published")
        {
            await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed = 1 }, System.Net.HttpStatusCode.Created);
        }

        if (state == "Published")
        {
            await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/publish");
        }

        return (roundId, postingId);
    }

    /// <summary>A fresh student's fresh account (disabled when asked), for the account-management cases.</summary>
    public async Task<int> StudentAccountAsync(bool disabled = false)
    {
        var student = await District.CreateStudentAsync(SchoolId, [], withAccount: false);
        var account = await District.Admin.PostJsonAsync("/api/users", new
        {
            email = $"managed{District.Next()}@tests.local", password = District.Password, role = "Student", studentId = student.StudentId,
        }, System.Net.HttpStatusCode.Created);
        if (disabled)
        {
            await District.Admin.PostJsonAsync($"/api/users/{District.Id(account)}/disable");
        }

        return District.Id(account);
    }

    /// <summary>A fresh coordinator's account: district staff, whom only administrators manage.</summary>
    public async Task<int> StaffAccountAsync() => District.Id(await District.Admin.PostJsonAsync("/api/users",
        new { email = $"staff{District.Next()}@tests.local", password = District.Password, role = "Coordinator" }, System.Net.HttpStatusCode.Created));

    /// <summary>A fresh supervisor of employer A's, with no account yet.</summary>
    public async Task<int> SupervisorRecordAsync() => District.Id(await District.Coordinator.PostJsonAsync(
        $"/api/employers/{OwnEmployer.EmployerId}/supervisors",
        new { firstName = "Invited", lastName = $"Supervisor{District.Next()}", email = $"invited{District.Next()}@own.local" },
        System.Net.HttpStatusCode.Created));

    /// <summary>A fresh invitation for a fresh supervisor of employer A's, waiting.</summary>
    public async Task<int> InvitationAsync() => District.Id(await District.Coordinator.PostJsonAsync("/api/invitations",
        new { email = $"invitee{District.Next()}@own.local", role = "Supervisor", supervisorId = await SupervisorRecordAsync() },
        System.Net.HttpStatusCode.Created));

    /// <summary>A fresh employer, out of the programme.</summary>
    public async Task<int> InactiveEmployerAsync()
    {
        var employerId = await District.CreateEmployerAsync();
        await District.Coordinator.PostJsonAsync($"/api/employers/{employerId}/deactivate");
        return employerId;
    }

    /// <summary>A fresh student of A's school with one contact (made by the coordinator): the contact cases change or remove it.</summary>
    public async Task<(int StudentId, int ContactId)> ContactAsync()
    {
        var student = await District.CreateStudentAsync(SchoolId, [], withAccount: false);
        var record = await District.Coordinator.PostJsonAsync($"/api/students/{student.StudentId}/contacts", new
        {
            name = "Matrix Guardian", relationship = "Guardian", phone = "559 555 0100", preferredLanguage = "English", isEmergencyContact = true,
        }, System.Net.HttpStatusCode.Created);
        return (student.StudentId, District.Id(record["contacts"]![0]!.AsObject()));
    }

    /// <summary>Employer A's signed agreement, uploaded by the coordinator (again, each time: it replaces the last).</summary>
    public async Task<int> AgreementDocumentAsync()
    {
        var response = await District.Coordinator.Http.PutAsync($"/api/employers/{OwnEmployer.EmployerId}/partner-agreement/document", Pdf.Body(Pdf.Document()));
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return OwnEmployer.EmployerId;
    }

    private int? _documentPlacement;

    /// <summary>An active placement of S1's whose training agreement has its signed copy.</summary>
    public async Task<int> PlacementWithSignedAgreementAsync()
    {
        if (_documentPlacement is null)
        {
            var placementId = await PlacementAsync(active: true);
            var response = await District.Coordinator.Http.PutAsync($"/api/placements/{placementId}/documents/TrainingAgreement/file", Pdf.Body(Pdf.Document()));
            await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
            _documentPlacement = placementId;
        }

        return _documentPlacement.Value;
    }

    private (int RoundId, int PostingId)? _sharedRound;

    /// <summary>One run round that the read-only cases share.</summary>
    public async Task<(int RoundId, int PostingId)> SharedMatchRoundAsync() => _sharedRound ??= await MatchRoundAsync("Run");
}
