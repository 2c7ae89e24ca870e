using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>Input the API cannot read is a 400 naming the field, never a 500, and changes nothing.</summary>
public sealed class BadInputTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Unknown_json_field_is_named()
    {
        var response = await District.Coordinator.PostRawAsync("/api/schools", """{"name":"A","code":"A-1","colour":"red"}""");

        var problem = await response.ShouldBeValidationProblemAsync("colour");
        Assert.That(problem["errors"]!["colour"]![0]!.GetValue<string>(), Does.Contain("not a field"));
    }

    [Test]
    public async Task Wrong_type_is_named()
    {
        var response = await District.Coordinator.PostRawAsync("/api/schools", """{"name":"A","code":42}""");

        await response.ShouldBeValidationProblemAsync("code");
    }

    [Test]
    public async Task Number_in_quotes_is_a_wrong_type()
    {
        var schoolId = await District.CreateSchoolAsync();
        var response = await District.Coordinator.PostRawAsync("/api/students",
            $$"""{"sisId":"Q-{{District.Next()}}","firstName":"A","lastName":"B","email":"a@b.local","grade":"11","dateOfBirth":"2010-01-01","schoolId":{{schoolId}}}""");

        await response.ShouldBeValidationProblemAsync("grade");
    }

    [Test]
    public async Task Malformed_json_is_a_400()
    {
        var response = await District.Coordinator.PostRawAsync("/api/schools", """{"name": "A", """);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Missing_body_is_a_400()
    {
        var response = await District.Coordinator.PostAsync("/api/schools");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Bad_query_value_is_named()
    {
        var response = await District.Coordinator.GetAsync("/api/postings?page=abc");

        await response.ShouldBeValidationProblemAsync("page");
    }

    [TestCase(0, 20, "page")]
    [TestCase(1, 0, "pageSize")]
    [TestCase(1, 101, "pageSize")]
    public async Task Paging_out_of_range_is_named(int page, int pageSize, string field)
    {
        var response = await District.Coordinator.GetAsync($"/api/schools?page={page}&pageSize={pageSize}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Test]
    public async Task Oversized_string_is_named_and_nothing_is_stored()
    {
        var code = $"BIG-{District.Next()}";
        var response = await District.Coordinator.PostAsync("/api/schools", new { name = new string('x', 121), code });

        await response.ShouldBeValidationProblemAsync("name");
        var stored = await District.Factory.WithDbAsync(db => Task.FromResult(db.Schools.Any(s => s.Code == code)));
        Assert.That(stored, Is.False);
    }

    [Test]
    public async Task Body_over_the_size_limit_is_refused()
    {
        var response = await District.Coordinator.PostRawAsync("/api/schools",
            "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"code\":\"HUGE\"}");

        Assert.That((int)response.StatusCode, Is.EqualTo(400).Or.EqualTo(413));
    }

    /// <summary>Found by the API fuzz test: a null item in a list of records answered 500 (the validator read the item's fields).</summary>
    [Test]
    public async Task Null_item_in_a_list_is_named_and_nothing_changes()
    {
        var employerId = await District.CreateEmployerAsync();
        var before = await District.Coordinator.GetJsonAsync($"/api/employers/{employerId}");

        var response = await District.Coordinator.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/employers/{employerId}/worksite")
        {
            Content = new StringContent("""{"insuranceCarrier":null,"insurancePolicyNumber":null,"insuranceExpiresOn":null,"safetyChecks":[null]}""",
                System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "If-Match", ApiClient.ETagOf(before) } },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key).Single(), Does.StartWith("safetyChecks"), problem.ToJsonString());
        var after = await District.Coordinator.GetJsonAsync($"/api/employers/{employerId}");
        Assert.That(after["version"]!.GetValue<long>(), Is.EqualTo(before["version"]!.GetValue<long>()));
    }
}
