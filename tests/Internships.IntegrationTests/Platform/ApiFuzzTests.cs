using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// Malformed and boundary input to every operation of the host's own OpenAPI document, as each role: bad route ids, missing,
/// empty and wrong-typed bodies, strings far over any limit, control and unusual unicode characters, negative and huge
/// numbers, impossible dates, repeated query parameters and bad If-Match values. Whatever the input, the answer is never a
/// 5xx, a 4xx from the API is a problem+json (pages may answer with an HTML page), no body shows a stack trace or an internal
/// type name, and no request takes longer than <see cref="SlowRequest"/>. The choice of cases is fixed by a seed, so a
/// failure repeats; the host has a database of its own, so what the fuzz creates or breaks stays there.
/// </summary>
[NonParallelizable]
public sealed class ApiFuzzTests
{
    private const int Seed = 20_261_203;

    private static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(2);

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Whole-body cases every operation with a JSON body gets.</summary>
    private static readonly (string Name, string? Json, string ContentType)[] BodyCases =
    [
        ("no body", null, "application/json"),
        ("empty body", "", "application/json"),
        ("empty object", "{}", "application/json"),
        ("array", "[1,2,3]", "application/json"),
        ("null", "null", "application/json"),
        ("truncated", """{"a": [1, {"b": """, "application/json"),
        ("text", "hello", "text/plain"),
        ("deep", new string('[', 2_000) + new string(']', 2_000), "application/json"),
    ];

    /// <summary>Bad route ids (an encoded NUL is not among them: Kestrel refuses it before the application sees it, and the test server throws).</summary>
    private static readonly string[] BadIds =
        ["abc", "99999999999999999999", "-1", "0", "1.5", "6f9619ff-8b86-d011-b42d-00cf4fc964ff", "a%2Fb", "%E2%80%AE", "987654", new string('9', 2_000)];

    private static readonly string[] BadIfMatch = ["\"abc\"", "W/\"1\"", "*", "\"99999999999999999999\"", "no quotes", "\"1\", \"2\"", "\"-1\"", ""];

    private static readonly string LongString = new('x', 10_000);

    private const string OddCharacters = "\u0000\u0007\u001b[31m\u202Eevil\u200B\uFEFF\uD83D\uDE00 é ﷽ \\ ' \" <script>";

    private static readonly string[] Leaks = ["   at ", ".cs:line", "Internships.", "System.", "Exception"];

    private InternshipsApiFactory _factory = null!;
    private Dictionary<string, ApiClient> _roles = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // A host of its own: the fuzz may well create odd but valid records, and they must not surprise the other tests.
        _factory = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath());
        var district = await District.CreateAsync(_factory);

        // Records of every kind for the ids in paths: postings, applications, a placement, a badge and its award, reports.
        var world = await Security.World.CreateAsync(district);
        await world.AddPlacementsAndBadgesAsync();
        await world.AddReportsAsync();
        // Records that are not the fuzzing actors themselves: a change that deactivates a student, an employer, a supervisor or
        // an account ends that actor's sessions, and the rest of its cases would only test sign-in.
        var spareAccount = District.Id(await district.Admin.PostJsonAsync("/api/users",
            new { email = $"fuzz-{District.Next()}@tests.local", password = District.Password, role = "Coordinator" }, HttpStatusCode.Created));
        var spareSupervisor = await district.CreateSupervisorAsync(world.OtherEmployer.EmployerId);
        foreach (var (list, id) in new (string, object)[]
        {
            ("/api/students", world.OtherStudent.StudentId), ("/api/employers", world.OtherEmployer.EmployerId), ("/api/users", spareAccount),
            ("/api/applications", world.ApplicationId), ("/api/supervisors", spareSupervisor.SupervisorId),
            ("/api/timesheets", await world.TimesheetEntryAsync()), ("/api/me/badges", world.AwardId), ("/ob/v2/assertions", world.AwardId),
            ("/ob/v3/credentials", world.AwardId), ("/ob/v3/status", 1),
        })
        {
            _firstIds[list] = id.ToString();
        }

        _roles = new Dictionary<string, ApiClient>
        {
            ["anonymous"] = district.Anonymous,
            ["student"] = world.OwnStudent.Client!,
            ["employer admin"] = world.OwnEmployer.Client,
            ["supervisor"] = world.OwnSupervisor.Client,
            ["coordinator"] = district.Coordinator,
            ["admin"] = district.Admin,
        };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await TestDatabase.DeleteAsync(_factory.DatabasePath);
        foreach (var directory in new[] { _factory.MailPickupDirectory, _factory.KeysDirectory })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Test]
    public async Task Malformed_and_boundary_input_never_breaks_the_api()
    {
        var anonymous = _roles["anonymous"];
        var document = await anonymous.ExpectAsync<JsonObject>(anonymous.GetAsync("/openapi/v1.json"));
        var random = new Random(Seed);
        var roleNames = _roles.Keys.ToArray();
        var cases = new List<FuzzCase>();
        var operations = Operations(document).ToList();
        foreach (var (operation, index) in operations.Select((o, i) => (o, i)))
        {
            var realPath = await RealPathAsync(operation);
            var variants = new Generator(document, operation, random, realPath).Cases().ToList();
            foreach (var (variant, n) in variants.Select((v, n) => (v, n)))
            {
                // The first case of each operation as every role (authorisation comes first, and must answer well to each);
                // the others spread over the roles.
                var roles = n == 0 ? roleNames : [roleNames[(index + n) % roleNames.Length]];
                cases.AddRange(roles.Where(role => role == "anonymous" || !operation.EndsSession).Select(role => variant with { Role = role }));
            }
        }

        var failures = new List<string>();
        var slowest = (Time: TimeSpan.Zero, Case: "");
        var statuses = new SortedDictionary<int, int>();
        foreach (var fuzz in cases)
        {
            using var request = fuzz.ToRequest();
            var clock = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                response = await _roles[fuzz.Role].Http.SendAsync(request, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                failures.Add($"{fuzz}: no answer in 30 s");
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                clock.Stop();
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if (response.StatusCode == HttpStatusCode.Unauthorized && fuzz.Role != "anonymous" && !fuzz.Url.StartsWith("/api/auth/", StringComparison.Ordinal))
                {
                    failures.Add($"{fuzz}: 401, the {fuzz.Role} lost its session and the rest of its cases would test nothing");
                }
                if (clock.Elapsed > slowest.Time)
                {
                    slowest = (clock.Elapsed, fuzz.ToString());
                }

                var problem = Judge(fuzz, response, body, clock.Elapsed);
                if (problem is not null)
                {
                    failures.Add($"{fuzz}: {problem}");
                }
            }
        }

        TestContext.Out.WriteLine($"{cases.Count} requests to {operations.Count} operations; slowest {slowest.Time.TotalMilliseconds:F0} ms: {slowest.Case}; "
            + $"ids of existing records in {_firstIds.Count(i => i.Value is not null)} of {_firstIds.Count} lists; answers: {string.Join(", ", statuses.Select(s => $"{s.Key} ×{s.Value}"))}; "
            + $"no record to name in {string.Join(", ", _firstIds.Where(i => i.Value is null).Select(i => i.Key))}");
        Assert.That(operations, Has.Count.GreaterThan(100), "the document lists the API's operations");
        Assert.That(failures, Is.Empty, $"{failures.Count} of {cases.Count} requests answered badly");
    }

    private static string? Judge(FuzzCase fuzz, HttpResponseMessage response, string body, TimeSpan elapsed)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return $"{status} {Trim(body)}";
        }

        if (status >= 400 && mediaType != "application/problem+json" && !(fuzz.IsPage && mediaType == "text/html"))
        {
            return $"{status} as '{mediaType}' (not a problem): {Trim(body)}";
        }

        if (Leaks.FirstOrDefault(leak => body.Contains(leak, StringComparison.Ordinal)) is { } leaked)
        {
            return $"{status} shows '{leaked}': {Trim(body)}";
        }

        return elapsed > SlowRequest ? $"took {elapsed.TotalMilliseconds:F0} ms" : null;
    }

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private static IEnumerable<Operation> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(entry => Methods.Contains(entry.Key))
            .Select(entry => new Operation(entry.Key.ToUpperInvariant(), path.Key, entry.Value!.AsObject(), path.Value!.AsObject())));

    private sealed record Operation(string Method, string Path, JsonObject Json, JsonObject PathItem)
    {
        /// <summary>Signing out (or revoking sessions) would leave the role's client without a session for the rest of the run.</summary>
        public bool EndsSession => Path.Contains("logout", StringComparison.OrdinalIgnoreCase)
            || Path.Contains("sign-out", StringComparison.OrdinalIgnoreCase)
            || Path.Contains("session", StringComparison.OrdinalIgnoreCase)
            || Path.Contains("password", StringComparison.OrdinalIgnoreCase)
            || Path.Contains("two-factor", StringComparison.OrdinalIgnoreCase);

        public IEnumerable<JsonObject> Parameters(string location) =>
            (Json["parameters"]?.AsArray() ?? []).Concat(PathItem["parameters"]?.AsArray() ?? [])
                .Select(p => p!.AsObject()).Where(p => p["in"]?.GetValue<string>() == location);
    }

    private sealed record FuzzCase(string Method, string Url, string What, string? Body, string? ContentType, string? IfMatch, bool IsPage)
    {
        public string Role { get; init; } = "anonymous";

        public HttpRequestMessage ToRequest()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Url);
            if (Body is not null)
            {
                request.Content = ContentType == "multipart/form-data"
                    ? Multipart(Body)
                    : new StringContent(Body, Encoding.UTF8, ContentType ?? "application/json");
                if (ContentType is not null and not "multipart/form-data")
                {
                    request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType) { CharSet = "utf-8" };
                }
            }

            if (IfMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
            }

            return request;
        }

        private static MultipartFormDataContent Multipart(string body)
        {
            var content = new MultipartFormDataContent();
            if (body.Length > 0)
            {
                content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(body)), "file", "fuzz.csv");
            }

            return content;
        }

        public override string ToString() => $"{Method} {(Url.Length > 160 ? Url[..160] + "…" : Url)} as {Role} ({What})";
    }

    /// <summary>The cases for one operation, from its parameters and body schema; which field mutations are tried is drawn from the seeded random.</summary>
    private readonly Dictionary<string, string?> _firstIds = [];

    /// <summary>
    /// The operation's path with each id naming a record that exists (the first its list shows the admin or the coordinator),
    /// so that bodies and queries reach the validators and handlers behind the lookup; null where there is no such list.
    /// </summary>
    private async Task<string?> RealPathAsync(Operation operation)
    {
        var path = operation.Path;
        while (path.IndexOf('{', StringComparison.Ordinal) is var open and > 0)
        {
            var list = path[..(open - 1)];
            if (!_firstIds.TryGetValue(list, out var id))
            {
                id = null;
                foreach (var role in new[] { "admin", "coordinator" })
                {
                    using var response = await _roles[role].GetAsync($"{list}?pageSize=1");
                    if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
                        && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is { } page
                        && (page as JsonArray ?? page["items"] as JsonArray) is { Count: > 0 } items && items[0]?["id"] is JsonValue value)
                    {
                        id = value.ToString();
                        break;
                    }
                }

                _firstIds[list] = id;
            }

            if (id is null)
            {
                return null;
            }

            path = path[..open] + id + path[(path.IndexOf('}', open) + 1)..];
        }

        return path;
    }

    private sealed class Generator(JsonObject document, Operation operation, Random random, string? realPath)
    {
        private readonly bool _isPage = !operation.Path.StartsWith("/api/", StringComparison.Ordinal);

        public IEnumerable<FuzzCase> Cases()
        {
            var pathParameters = operation.Parameters("path").ToList();
            var queryParameters = operation.Parameters("query").ToList();
            var (bodySchema, contentType) = RequestBody();
            var cases = new List<FuzzCase>();

            foreach (var id in pathParameters.Count > 0 ? BadIds : [])
            {
                cases.Add(Case(Path(_ => id), "", $"route id '{Short(id)}'", bodySchema is null ? null : Serialise(Fill(bodySchema, 0)), contentType));
            }

            var path = realPath ?? Path(p => UnknownValue(p["schema"] as JsonObject));
            foreach (var parameter in queryParameters)
            {
                var name = parameter["name"]!.GetValue<string>();
                cases.Add(Case(path, $"?{name}=1&{name}=2", $"'{name}' repeated", null, null));
                foreach (var value in Pick(BadValues(Resolve(parameter["schema"] as JsonObject)), 2))
                {
                    var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
                    cases.Add(Case(path, $"?{name}={Uri.EscapeDataString(text)}", $"'{name}' = '{Short(text)}'", null, null));
                }
            }

            if (bodySchema is not null && contentType == "multipart/form-data")
            {
                cases.Add(Case(path, "", "no file", "", contentType));
                cases.Add(Case(path, "", "garbage file", "\u0000\u0001,,,\"\n" + LongString + "\n=cmd|' /C calc'!A0", contentType));
                cases.Add(Case(path, "", "json instead of a form", "{}", "application/json"));
            }
            else if (bodySchema is not null)
            {
                foreach (var (name, json, type) in BodyCases)
                {
                    cases.Add(Case(path, "", name, json, type));
                }

                var properties = Properties(bodySchema);
                foreach (var (property, schema) in Pick(properties, 8))
                {
                    foreach (var bad in Pick(BadValues(schema), 3))
                    {
                        var body = Fill(bodySchema, 0) as JsonObject ?? [];
                        body[property] = bad;
                        cases.Add(Case(path, "", $"'{property}' = {Short(bad?.ToJsonString() ?? "null")}", Serialise(body), contentType));
                    }
                }

                if (properties.Count > 0)
                {
                    var everything = Fill(bodySchema, 0) as JsonObject ?? [];
                    foreach (var (property, schema) in properties.Where(p => Type(p.Schema) == "string"))
                    {
                        everything[property] = LongString;
                    }

                    cases.Add(Case(path, "", "every string 10,000 characters", Serialise(everything), contentType));
                }
            }
            else if (pathParameters.Count == 0 && operation.Method != "GET")
            {
                // Nothing to malform but an unexpected body.
                cases.Add(Case(path, "", "unexpected body", """{"x":1}""", "application/json"));
            }

            if (operation.Method is "PUT" or "PATCH" or "DELETE")
            {
                foreach (var ifMatch in Pick(BadIfMatch, 3))
                {
                    cases.Add(Case(path, "", $"If-Match {ifMatch}", bodySchema is null ? null : Serialise(Fill(bodySchema, 0)), contentType) with { IfMatch = ifMatch });
                }
            }

            if (cases.Count == 0)
            {
                cases.Add(Case(path, "?page=-1&pageSize=99999999999&page=x", "stray query", null, null));
            }

            return cases;
        }

        private FuzzCase Case(string path, string query, string what, string? body, string? contentType) =>
            new(operation.Method, path + query, what, body, contentType, null, _isPage);

        private string Path(Func<JsonObject, string> value)
        {
            var path = operation.Path;
            foreach (var parameter in operation.Parameters("path"))
            {
                path = path.Replace("{" + parameter["name"]!.GetValue<string>() + "}", value(parameter), StringComparison.Ordinal);
            }

            return path;
        }

        /// <summary>A well-formed value that names no record.</summary>
        private string UnknownValue(JsonObject? schema)
        {
            schema = Resolve(schema);
            return Type(schema) switch
            {
                "integer" or "number" => "987654",
                _ when schema?["format"]?.GetValue<string>() == "uuid" => "0e6c2f3a-0000-4000-8000-000000000001",
                _ => "no-such-record",
            };
        }

        private (JsonObject? Schema, string? ContentType) RequestBody()
        {
            if (operation.Json["requestBody"]?["content"] is not JsonObject content)
            {
                return (null, null);
            }

            foreach (var type in new[] { "application/json", "multipart/form-data", "application/x-www-form-urlencoded" })
            {
                if (content[type] is JsonObject media)
                {
                    return (Resolve(media["schema"] as JsonObject) ?? new JsonObject(), type == "application/x-www-form-urlencoded" ? "multipart/form-data" : type);
                }
            }

            var first = content.First();
            return (Resolve(first.Value?["schema"] as JsonObject) ?? new JsonObject(), first.Key);
        }

        private JsonObject? Resolve(JsonObject? schema)
        {
            for (var depth = 0; schema?["$ref"] is JsonValue reference && depth < 10; depth++)
            {
                var name = reference.GetValue<string>().Split('/').Last();
                schema = document["components"]?["schemas"]?[name] as JsonObject;
            }

            if (schema?["oneOf"] is JsonArray oneOf && oneOf.Count > 0)
            {
                return Resolve(oneOf.Select(s => s as JsonObject).FirstOrDefault(s => s?["type"]?.ToString() != "null"));
            }

            if (schema?["allOf"] is JsonArray allOf && allOf.Count == 1)
            {
                return Resolve(allOf[0] as JsonObject);
            }

            return schema;
        }

        private static string? Type(JsonObject? schema) => schema?["type"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            _ => schema?["enum"] is not null ? "string" : schema?["properties"] is not null ? "object" : null,
        };

        private List<(string Name, JsonObject? Schema)> Properties(JsonObject schema) =>
            (schema["properties"] as JsonObject ?? []).Select(p => (p.Key, Resolve(p.Value as JsonObject))).ToList();

        /// <summary>A plausible value of the schema: the other fields of a body with one bad field.</summary>
        private JsonNode? Fill(JsonObject? schema, int depth)
        {
            schema = Resolve(schema);
            if (schema?["enum"] is JsonArray values && values.Count > 0)
            {
                return values.FirstOrDefault(v => v is not null)?.DeepClone();
            }

            var format = schema?["format"]?.GetValue<string>();
            return Type(schema) switch
            {
                "integer" => 1,
                "number" => 1.5m,
                "boolean" => false,
                "string" when format == "date" => "2027-01-15",
                "string" when format == "date-time" => "2027-01-15T10:00:00Z",
                "string" when format == "uuid" => "0e6c2f3a-0000-4000-8000-000000000001",
                "string" when format == "email" => "fuzz@tests.local",
                "string" when format == "uri" => "https://example.org/fuzz",
                "string" => "Fuzz",
                "array" => depth > 3 ? new JsonArray() : new JsonArray(Fill(schema!["items"] as JsonObject, depth + 1)),
                _ when depth > 3 => new JsonObject(),
                _ => new JsonObject(Properties(schema ?? []).Select(p => KeyValuePair.Create(p.Name, Fill(p.Schema, depth + 1)))),
            };
        }

        private static List<JsonNode?> BadValues(JsonObject? schema)
        {
            var format = schema?["format"]?.GetValue<string>();
            List<JsonNode?> wrongType = [JsonValue.Create(true), new JsonObject { ["x"] = 1 }, null];
            if (schema?["enum"] is not null)
            {
                return [.. wrongType, "NotAValue", 999, -1, LongString, OddCharacters];
            }

            return Type(schema) switch
            {
                "integer" => [.. wrongType, -1, 0, int.MinValue, JsonNode.Parse("2147483648"), JsonNode.Parse("99999999999999999999999"), 1.5, JsonNode.Parse("1e308"), "12", "abc"],
                "number" => [.. wrongType, -1, -0.0001m, JsonNode.Parse("1e308"), JsonNode.Parse("-1e309"), JsonNode.Parse("79228162514264337593543950336"), "NaN", "1.5"],
                "boolean" => [.. wrongType, "yes", 1],
                "array" => [.. wrongType, "not a list", new JsonArray(null, null), new JsonArray(Enumerable.Range(0, 2_000).Select(_ => (JsonNode?)JsonValue.Create(-1)).ToArray())],
                "string" when format is "date" or "date-time" => [.. wrongType, "2026-02-30", "not a date", "0001-01-01", "9999-12-31", "99999-01-01", "2026-13-45T25:61:00Z", 20260101],
                "string" when format == "uuid" => [.. wrongType, "not-a-guid", "00000000-0000-0000-0000-000000000000", LongString],
                "string" => [.. wrongType, LongString, OddCharacters, "", "   ", 12345, "=cmd|' /C calc'!A0", "../../etc/passwd"],
                "object" => [.. wrongType, "text", new JsonArray()],
                _ => [.. wrongType, LongString, -1, "text"],
            };
        }

        private List<T> Pick<T>(IReadOnlyList<T> items, int count) =>
            items.Count <= count ? [.. items] : items.OrderBy(_ => random.Next()).Take(count).ToList();

        private static string Serialise(JsonNode? node) => node?.ToJsonString() ?? "null";

        private static string Short(string text) => text.Length <= 40 ? text.Replace("\u0000", "\\0", StringComparison.Ordinal) : $"{text.Length} characters";
    }
}
