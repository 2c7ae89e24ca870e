namespace Internships.UnitTests.Matching;

/// <summary>
/// Files under <c>Matching/Golden/</c>: inputs, and the output that <c>match</c> gave for them before it was made
/// faster (written by the command line at commit cc981b0, which read ids into strings and wrote with Utf8JsonWriter).
/// The output must stay the same byte for byte; regenerate an expected file only for a deliberate change of format.
/// </summary>
internal static class Golden
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Matching", "Golden", name);
}
