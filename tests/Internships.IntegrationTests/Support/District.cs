using System.Net;
using System.Text.Json.Nodes;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// Builds test data through the API, as the district's own people would: an administrator opens accounts,
/// a coordinator sets up schools, pathways, students and employers, employers post. Names are unique per call.
/// </summary>
public sealed class District
{
    public const string Password = "Test!2345-pw";

    private static int _sequence;

    private readonly InternshipsApiFactory? _factory;
    private readonly Func<HttpClient> _newClient;

    private District(InternshipsApiFactory? factory, Func<HttpClient> newClient, ApiClient admin, ApiClient coordinator)
    {
        _factory = factory;
        _newClient = newClient;
        Admin = admin;
        Coordinator = coordinator;
    }

    /// <summary>The in-process host the district lives on (not there when it lives on separately started nodes).</summary>
    public InternshipsApiFactory Factory => _factory ?? throw new InvalidOperationException("This district lives on nodes started as processes.");

    public ApiClient Admin { get; }

    public ApiClient Coordinator { get; }

    public ApiClient Anonymous => new(_newClient());

    public static Task<District> CreateAsync(InternshipsApiFactory factory) => CreateAsync(factory, factory.CreateClient);

    /// <summary>A district on a host reached through <paramref name="newClient"/> (e.g. a node started as a process).</summary>
    public static Task<District> CreateAsync(Func<HttpClient> newClient) => CreateAsync(null, newClient);

    private static async Task<District> CreateAsync(InternshipsApiFactory? factory, Func<HttpClient> newClient)
    {
        var admin = await ApiClient.SignInAsync(newClient(), InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        var email = $"coordinator-{Next()}@tests.local";
        await admin.PostJsonAsync("/api/users", new { email, password = Password, role = "Coordinator" }, HttpStatusCode.Created);
        return new District(factory, newClient, admin, await ApiClient.SignInAsync(newClient(), email, Password));
    }

    public static int Next() => Interlocked.Increment(ref _sequence);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));

    public async Task<int> CreateSchoolAsync() =>
        Id(await Coordinator.PostJsonAsync("/api/schools", new { name = $"School {Next()}", code = $"SC-{Next()}", city = "Fresno" }, HttpStatusCode.Created));

    public async Task<int> CreatePathwayAsync() =>
        Id(await Coordinator.PostJsonAsync("/api/pathways", new
        {
            name = $"Pathway {Next()}",
            sector = "EngineeringAndArchitecture",
            description = "Design and build.",
            courseSequence = new[] { "Introduction", "Principles", "Capstone" },
        }, HttpStatusCode.Created));

    public async Task<int> CreateEmployerAsync(bool withAgreement = true) =>
        Id(await Coordinator.PostJsonAsync("/api/employers", new
        {
            name = $"Employer {Next()}",
            industry = "Engineering",
            contactEmail = $"hr{Next()}@employer.local",
            partnerAgreementSignedOn = withAgreement ? Today.AddYears(-1) : (DateOnly?)null,
            partnerAgreementExpiresOn = withAgreement ? Today.AddYears(1) : (DateOnly?)null,
        }, HttpStatusCode.Created));

    public async Task<ApiClient> CreateAccountAsync(string role, int? studentId = null, int? employerId = null, int? supervisorId = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Next()}@tests.local";
        await Admin.PostJsonAsync("/api/users", new { email, password = Password, role, studentId, employerId, supervisorId }, HttpStatusCode.Created);
        return await ApiClient.SignInAsync(_newClient(), email, Password);
    }

    public async Task<EmployerActor> CreateEmployerWithAdminAsync(bool withAgreement = true)
    {
        var employerId = await CreateEmployerAsync(withAgreement);
        return new EmployerActor(employerId, await CreateAccountAsync("EmployerAdmin", employerId: employerId));
    }

    public async Task<SupervisorActor> CreateSupervisorAsync(int employerId)
    {
        var supervisorId = Id(await Coordinator.PostJsonAsync($"/api/employers/{employerId}/supervisors", new
        {
            firstName = "Sam",
            lastName = $"Supervisor{Next()}",
            email = $"supervisor{Next()}@employer.local",
            jobTitle = "Engineer",
        }, HttpStatusCode.Created));
        return new SupervisorActor(supervisorId, employerId, await CreateAccountAsync("Supervisor", supervisorId: supervisorId));
    }

    /// <summary>A student with a sign-in, enrolled in the given pathways, aged <paramref name="age"/> today.</summary>
    public async Task<StudentActor> CreateStudentAsync(int schoolId, int[] pathwayIds, int grade = 11, int age = 16, bool withAccount = true)
    {
        var n = Next();
        var student = await Coordinator.PostJsonAsync("/api/students", new
        {
            sisId = $"SIS-{n}",
            firstName = "Test",
            lastName = $"Student{n}",
            email = $"student{n}@school.local",
            grade,
            dateOfBirth = Today.AddYears(-age).AddDays(-30),
            schoolId,
        }, HttpStatusCode.Created);
        var studentId = Id(student);
        foreach (var pathwayId in pathwayIds)
        {
            await Coordinator.PostJsonAsync($"/api/students/{studentId}/enrolments", new { pathwayId }, HttpStatusCode.Created);
        }

        return new StudentActor(studentId, withAccount ? await CreateAccountAsync("Student", studentId: studentId) : null);
    }

    /// <summary>A valid posting body; tests override the fields they are about.</summary>
    public static Dictionary<string, object?> PostingBody(int[] pathwayIds, int? employerId = null, int slots = 2)
    {
        var start = Today.AddDays(60);
        return new Dictionary<string, object?>
        {
            ["employerId"] = employerId,
            ["title"] = $"Engineering intern {Next()}",
            ["description"] = "Help our engineers survey sites and draft plans.",
            ["pathwayIds"] = pathwayIds,
            ["hourlyWage"] = 18.50m,
            ["hoursPerWeek"] = 15m,
            ["startDate"] = start,
            ["endDate"] = start.AddDays(120),
            ["slots"] = slots,
            ["location"] = "City Hall, Fresno",
            ["isRemote"] = false,
            ["applicationDeadline"] = start.AddDays(-14),
            ["eligibleGrades"] = new[] { 11, 12 },
            ["minimumAge"] = null,
            ["supervisorId"] = null,
        };
    }

    public async Task<int> CreateDraftPostingAsync(EmployerActor employer, int[] pathwayIds, Action<Dictionary<string, object?>>? change = null, int slots = 2)
    {
        var body = PostingBody(pathwayIds, slots: slots);
        body.Remove("employerId");
        change?.Invoke(body);
        return Id(await employer.Client.PostJsonAsync("/api/postings", body, HttpStatusCode.Created));
    }

    public async Task<int> CreateOpenPostingAsync(EmployerActor employer, int[] pathwayIds, Action<Dictionary<string, object?>>? change = null, int slots = 2)
    {
        var postingId = await CreateDraftPostingAsync(employer, pathwayIds, change, slots);
        await employer.Client.PostJsonAsync($"/api/postings/{postingId}/submit");
        await Coordinator.PostJsonAsync($"/api/postings/{postingId}/approve");
        return postingId;
    }

    public static async Task<int> ApplyAsync(StudentActor student, int postingId, string statement = "I would love to learn from your team.") =>
        Id(await student.Client!.PostJsonAsync($"/api/postings/{postingId}/applications", new { statement }, HttpStatusCode.Created));

    public static int Id(JsonObject resource) => resource["id"]!.GetValue<int>();
}

public sealed record EmployerActor(int EmployerId, ApiClient Client);

public sealed record SupervisorActor(int SupervisorId, int EmployerId, ApiClient Client);

public sealed record StudentActor(int StudentId, ApiClient? Client);

/// <summary>A small world most tests need: a school, a pathway, an employer with an admin and an open posting.</summary>
public sealed record Scenario(int SchoolId, int PathwayId, EmployerActor Employer, int PostingId)
{
    public static async Task<Scenario> CreateAsync(District district, int slots = 2)
    {
        var schoolId = await district.CreateSchoolAsync();
        var pathwayId = await district.CreatePathwayAsync();
        var employer = await district.CreateEmployerWithAdminAsync();
        var postingId = await district.CreateOpenPostingAsync(employer, [pathwayId], slots: slots);
        return new Scenario(schoolId, pathwayId, employer, postingId);
    }

    public Task<StudentActor> CreateEligibleStudentAsync(District district, int grade = 11) =>
        district.CreateStudentAsync(SchoolId, [PathwayId], grade, age: grade == 12 ? 17 : 16);
}
