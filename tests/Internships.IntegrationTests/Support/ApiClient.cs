using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Internships.IntegrationTests.Support;

/// <summary>An HTTP client signed in as one user (or anonymous), speaking the API's JSON.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public HttpClient Http { get; } = http;

    public static ApiClient Anonymous(InternshipsApiFactory factory) => new(factory.CreateClient());

    public static Task<ApiClient> SignInAsync(InternshipsApiFactory factory, string email, string password) =>
        SignInAsync(factory.CreateClient(), email, password);

    /// <summary>Signs in through <paramref name="http"/>, which then carries the bearer token.</summary>
    public static async Task<ApiClient> SignInAsync(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) =>
        body is null ? Http.PostAsync(url, null) : Http.PostAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> PostRawAsync(string url, string json) =>
        Http.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PutAsync(string url, object body) => Http.PutAsJsonAsync(url, body, Json);

    /// <summary>A PUT that names the version it was made from: <paramref name="ifMatch"/> is an ETag ("3") or *.</summary>
    public Task<HttpResponseMessage> PutAsync(string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Http.SendAsync(request);
    }

    /// <summary>The ETag a record's GET answers (the If-Match of a change made from what was read).</summary>
    public async Task<string> ETagOfAsync(string url)
    {
        var response = await GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return response.Headers.ETag?.ToString() ?? throw new AssertionException($"GET {url} answered no ETag");
    }

    /// <summary>Reads the record's ETag, then PUTs the change with it in If-Match, as a client that read the record first does.</summary>
    public async Task<HttpResponseMessage> ReplaceAsync(string url, object body) => await PutAsync(url, body, await ETagOfAsync(url));

    /// <summary>The ETag of a record as a list shows it: its version, quoted.</summary>
    public static string ETagOf(JsonNode record) => $"\"{record["version"]!.GetValue<long>()}\"";

    public Task<HttpResponseMessage> DeleteAsync(string url) => Http.DeleteAsync(url);

    /// <summary>Sends the request and reads the body, failing the test with the server's answer when the status is not the one expected.</summary>
    public async Task<T> ExpectAsync<T>(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await request;
        await response.ShouldHaveStatusAsync(expected);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public Task<JsonObject> GetJsonAsync(string url) => ExpectAsync<JsonObject>(GetAsync(url));

    public Task<JsonObject> PostJsonAsync(string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        ExpectAsync<JsonObject>(PostAsync(url, body), expected);

    public Task<JsonObject> PutJsonAsync(string url, object body) => ExpectAsync<JsonObject>(PutAsync(url, body));

    public Task<JsonObject> PutJsonAsync(string url, object body, string ifMatch) => ExpectAsync<JsonObject>(PutAsync(url, body, ifMatch));

    public Task<JsonObject> ReplaceJsonAsync(string url, object body) => ExpectAsync<JsonObject>(ReplaceAsync(url, body));
}

public static class ResponseAssertions
{
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected} {expected}, " +
                $"got {(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Asserts an RFC 7807 problem with this status and returns it.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldHaveStatusAsync(expected);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)expected));
        Assert.That(problem.ToJsonString(), Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack traces or exception names");
        return problem;
    }

    /// <summary>Asserts a 400 validation problem whose errors name exactly these fields (at least).</summary>
    public static async Task<JsonObject> ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.That(errors, Is.Not.Null, $"a validation problem lists its errors: {problem.ToJsonString()}");
        Assert.That(errors!.Select(e => e.Key), Is.SupersetOf(fields), problem.ToJsonString());
        return problem;
    }
}
