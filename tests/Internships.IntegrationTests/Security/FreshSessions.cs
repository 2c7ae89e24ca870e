using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// For the matrix cases that change the caller's own account (its password, its sessions, its second factor): a new
/// account in the actor's role and for the actor's records, signed in, so the shared actors keep their sessions.
/// </summary>
internal static class FreshSessions
{
    /// <summary>The request, signed with a fresh account of the actor's (none for the anonymous actor).</summary>
    public static async Task<HttpRequestMessage> AsFreshAsync(World world, Actor actor, HttpRequestMessage request, bool twoFactor = false)
    {
        if (actor != Actor.Anonymous)
        {
            var (email, token) = await SignInAsync(world, actor);
            if (twoFactor)
            {
                token = await TurnOnTwoFactorAsync(world, email, token);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>A fresh account like the actor's, signed in with its password.</summary>
    public static async Task<(string Email, string Token)> SignInAsync(World world, Actor actor)
    {
        var district = world.District;
        var email = $"fresh-{District.Next()}@tests.local";
        object body = actor switch
        {
            Actor.Admin => new { email, password = District.Password, role = "Admin" },
            Actor.Coordinator => new { email, password = District.Password, role = "Coordinator" },
            Actor.OwnEmployerAdmin => new { email, password = District.Password, role = "EmployerAdmin", employerId = world.OwnEmployer.EmployerId },
            Actor.OtherEmployerAdmin => new { email, password = District.Password, role = "EmployerAdmin", employerId = world.OtherEmployer.EmployerId },
            Actor.OwnSupervisor => new { email, password = District.Password, role = "Supervisor", supervisorId = await NewSupervisorAsync(world) },
            Actor.OwnStudent => new { email, password = District.Password, role = "Student", studentId = world.OwnStudent.StudentId },
            Actor.OtherStudent => new { email, password = District.Password, role = "Student", studentId = world.OtherStudent.StudentId },
            _ => throw new ArgumentOutOfRangeException(nameof(actor)),
        };
        await district.Admin.PostJsonAsync("/api/users", body, HttpStatusCode.Created);
        var response = await district.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password });
        return (email, (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
    }

    /// <summary>Turns two-factor sign-in on for the account, and signs in again with both factors.</summary>
    public static async Task<string> TurnOnTwoFactorAsync(World world, string email, string token)
    {
        var client = world.District.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var setup = await client.PostJsonAsync("/api/me/two-factor/authenticator");
        var key = setup["sharedKey"]!.GetValue<string>();
        await client.PostJsonAsync("/api/me/two-factor/enable", new { code = Totp.Code(key) });

        var first = await world.District.Anonymous.ExpectAsync<JsonObject>(world.District.Anonymous.PostAsync("/api/auth/login",
            new { email, password = District.Password }), HttpStatusCode.Accepted);
        var second = await world.District.Anonymous.PostJsonAsync("/api/auth/login/two-factor",
            new { twoFactorToken = first["twoFactorToken"]!.GetValue<string>(), code = Totp.Code(key) });
        return second["accessToken"]!.GetValue<string>();
    }

    private static async Task<int> NewSupervisorAsync(World world) =>
        District.Id(await world.District.Coordinator.PostJsonAsync($"/api/employers/{world.OwnEmployer.EmployerId}/supervisors",
            new { firstName = "Fresh", lastName = $"Supervisor{District.Next()}", email = $"fresh-sup{District.Next()}@own.local" },
            HttpStatusCode.Created));
}
