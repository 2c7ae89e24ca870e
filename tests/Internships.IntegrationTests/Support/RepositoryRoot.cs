namespace Internships.IntegrationTests.Support;

internal static class RepositoryRoot
{
    /// <summary>The checkout the tests run from: the folder holding Internships.sln.</summary>
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Internships.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
        }
    }
}
