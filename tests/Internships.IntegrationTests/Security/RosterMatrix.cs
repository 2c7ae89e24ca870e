using Internships.Domain.Roster;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// The roster records the authorisation matrix acts on: a dry run of a delta roster (a delta deactivates nobody, so
/// applying it leaves the shared database's other students alone) and fresh pathway suggestions.
/// </summary>
internal static class RosterMatrix
{
    private static int? _previewId;

    /// <summary>A delta roster of one new school and one new student.</summary>
    public static byte[] DeltaRoster()
    {
        var roster = new OneRosterZip { Mode = "delta" };
        var school = roster.School($"Matrix Roster High {District.Next()}", $"MRH-{District.Next()}");
        roster.Student(school, "Matías", "Ortega", "11", District.Today.AddYears(-16));
        return roster.ToZip();
    }

    /// <summary>A dry run that succeeded (made once), which a coordinator may apply as often as they like.</summary>
    public static async Task<int> PreviewAsync(World world)
    {
        if (_previewId is null)
        {
            var preview = await RosterUploads.ImportAsync(world.District.Coordinator, DeltaRoster(), dryRun: true);
            Assert.That(preview["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"), preview.ToJsonString());
            _previewId = preview["id"]!.GetValue<int>();
        }

        return _previewId.Value;
    }

    /// <summary>A new pending suggestion: a student of the world in a new pathway.</summary>
    public static async Task<int> SuggestionAsync(World world)
    {
        var importId = await PreviewAsync(world);
        var pathwayId = await world.District.CreatePathwayAsync();
        return await TestHost.Factory.WithDbAsync(async db =>
        {
            var suggestion = new PathwaySuggestion(world.OtherStudent.StudentId, pathwayId, importId, "MTX-101 Matrix studies", DateTime.UtcNow);
            db.PathwaySuggestions.Add(suggestion);
            await db.SaveChangesAsync();
            return suggestion.Id;
        });
    }
}
