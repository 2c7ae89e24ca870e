using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Internships.IntegrationTests.Support;

/// <summary>Uploading a OneRoster zip to the import API and waiting for the host's job server to import it.</summary>
public static class RosterUploads
{
    /// <summary>The multipart form a SIS export is uploaded as: the zip in 'file', optionally 'coordinators'.</summary>
    public static MultipartFormDataContent Form(byte[] zip, string? coordinators = null, string fileName = "oneroster-export.zip",
        string mediaType = "application/zip")
    {
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (coordinators is not null)
        {
            form.Add(new StringContent(coordinators), "coordinators");
        }

        return form;
    }

    public static Task<HttpResponseMessage> PostAsync(ApiClient client, byte[] zip, bool dryRun, string? coordinators = null) =>
        client.Http.PostAsync($"/api/roster/imports{(dryRun ? "?dryRun=true" : "")}", Form(zip, coordinators));

    /// <summary>Uploads, expects 202 with the import's address, and waits until the job has finished it.</summary>
    public static async Task<JsonObject> ImportAsync(ApiClient client, byte[] zip, bool dryRun, string? coordinators = null)
    {
        var accepted = await client.ExpectAsync<JsonObject>(PostAsync(client, zip, dryRun, coordinators), HttpStatusCode.Accepted);
        return await WaitAsync(client, accepted["id"]!.GetValue<int>());
    }

    /// <summary>Applies a dry run (202, a new import) and waits until the job has finished it.</summary>
    public static async Task<JsonObject> ApplyAsync(ApiClient client, int previewId)
    {
        var accepted = await client.PostJsonAsync($"/api/roster/imports/{previewId}/apply", expected: HttpStatusCode.Accepted);
        return await WaitAsync(client, accepted["id"]!.GetValue<int>());
    }

    /// <summary>Polls the import until the job has finished it (Succeeded or Failed).</summary>
    public static async Task<JsonObject> WaitAsync(ApiClient client, int id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var import = await client.GetJsonAsync($"/api/roster/imports/{id}");
            var status = import["status"]!.GetValue<string>();
            if (status is "Succeeded" or "Failed")
            {
                return import;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Roster import {id} is still {status} after 90 seconds.");
            }

            await Task.Delay(100);
        }
    }

    public static int Count(this JsonObject import, string kind, string action) => import[kind]![action]!.GetValue<int>();
}
