using Internships.Application.Common.Interfaces;
using Internships.Infrastructure.Badges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Shouldly;

namespace Internships.UnitTests.Badges;

public sealed class OpenBadgesRegistrationTests
{
    [Test]
    public void Defaults_come_from_the_district_and_the_content_root()
    {
        using var provider = Build(new Dictionary<string, string?> { ["District:Name"] = "Fresno Unified" });

        var options = provider.GetRequiredService<IOptions<OpenBadgesOptions>>().Value;

        options.PublicBaseUrl.ShouldBe("http://localhost:5080");
        options.IssuerName.ShouldBe("Fresno Unified");
        options.IssuerEmail.ShouldBe("internships@district.example");
        options.IssuerWebsite.ShouldBe("http://localhost:5080");
        options.SigningKeysPath.ShouldBe(Path.Combine(ContentRoot, "data/keys"));
    }

    [Test]
    public void Settings_override_the_defaults()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["OpenBadges:PublicBaseUrl"] = "https://internships.valley.example/",
            ["OpenBadges:IssuerName"] = "Valley Career Pathways",
            ["OpenBadges:IssuerWebsite"] = "https://www.valley.example",
            ["OpenBadges:SigningKeysPath"] = "/var/lib/internships/keys",
        });

        var openBadges = provider.GetRequiredService<IOpenBadges>();
        var issuer = openBadges.IssuerProfile();

        BadgeKit.Text(issuer["id"]).ShouldBe("https://internships.valley.example/ob/v2/issuer");
        BadgeKit.Text(issuer["name"]).ShouldBe("Valley Career Pathways");
        BadgeKit.Text(issuer["url"]).ShouldBe("https://www.valley.example");
        provider.GetRequiredService<IssuerKeyStore>().Directory.ShouldBe("/var/lib/internships/keys");
        provider.GetRequiredService<IOpenBadges>().ShouldBeSameAs(openBadges);
    }

    [TestCase("internships.valley.example")]
    [TestCase("ftp://valley.example")]
    [TestCase("https://valley.example/?x=1")]
    public void A_public_base_url_that_is_not_an_http_origin_is_refused(string url)
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenBadges:PublicBaseUrl"] = url });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OpenBadgesOptions>>().Value);
    }

    [TestCase(null)]
    [TestCase("http://internships.valley.example")]
    [TestCase("https://localhost:5443")]
    [TestCase("https://127.0.0.1")]
    [TestCase("https://internships.localhost")]
    public void Production_refuses_a_public_base_url_that_is_missing_not_https_or_local(string? url)
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenBadges:PublicBaseUrl"] = url }, environment: "Production");

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OpenBadgesOptions>>().Value);
        error.Message.ShouldContain("OpenBadges:PublicBaseUrl");
    }

    [Test]
    public void Production_accepts_a_public_https_base_url()
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenBadges:PublicBaseUrl"] = "https://internships.valley.example" },
            environment: "Production");

        provider.GetRequiredService<IOptions<OpenBadgesOptions>>().Value.PublicBaseUrl.ShouldBe("https://internships.valley.example");
    }

    [Test]
    public void Resolving_the_service_creates_no_key_until_one_is_needed()
    {
        var root = Path.Combine(Path.GetTempPath(), "ob-root-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var provider = Build(new Dictionary<string, string?>(), root);
            var openBadges = provider.GetRequiredService<IOpenBadges>();
            Directory.Exists(Path.Combine(root, "data", "keys")).ShouldBeFalse();

            openBadges.Jwks()["keys"]!.AsArray().Count.ShouldBe(1);

            Directory.GetFiles(Path.Combine(root, "data", "keys"), "*.pem").ShouldHaveSingleItem();
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string ContentRoot => Path.Combine(Path.GetTempPath(), "ob-content-root");

    private static ServiceProvider Build(Dictionary<string, string?> settings, string? contentRoot = null, string environment = "Test")
    {
        // The folder store: the database's (the default) needs a database, which the integration tests have.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OpenBadges:SigningKeyStore"] = "Folder" })
            .AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IClock>(new FixedClock(BadgeKit.Now));
        services.Configure<Internships.Infrastructure.Time.DistrictOptions>(configuration.GetSection("District"));
        services.AddOpenBadges(configuration, new TestEnvironment(contentRoot ?? ContentRoot) { EnvironmentName = environment });
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "Internships.UnitTests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
