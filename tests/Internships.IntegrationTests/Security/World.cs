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
}
