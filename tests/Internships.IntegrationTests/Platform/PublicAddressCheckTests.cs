using Internships.Web.Infrastructure;

namespace Internships.IntegrationTests.Platform;

/// <summary>In Development the host says once when the issuer's public address is not where it listens (badge images would break silently).</summary>
public sealed class PublicAddressCheckTests
{
    [TestCase("http://localhost:5080", "http://localhost:5080")]
    [TestCase("http://localhost:5080", "http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080", "http://[::]:5080")]
    [TestCase("http://localhost:5080", "http://+:5080")]
    [TestCase("http://badges.test:8080", "http://badges.test:8080")]
    public void Listening_on_the_public_address_says_nothing(string publicBaseUrl, string listening) =>
        Assert.That(PublicAddressCheck.Mismatch(publicBaseUrl, [listening]), Is.Null);

    [TestCase("http://localhost:5080", "http://localhost:5099")]
    [TestCase("http://localhost:5080", "https://localhost:5080")]
    [TestCase("http://badges.test:8080", "http://localhost:8080")]
    public void Listening_elsewhere_names_both_addresses_and_the_setting(string publicBaseUrl, string listening)
    {
        var message = PublicAddressCheck.Mismatch(publicBaseUrl, ["http://other.test:1", listening]);

        Assert.That(message, Does.Contain(publicBaseUrl).And.Contain(listening).And.Contain("OpenBadges__PublicBaseUrl"));
    }

    [Test]
    public void A_host_without_addresses_such_as_the_test_server_says_nothing() =>
        Assert.That(PublicAddressCheck.Mismatch("http://localhost:5080", []), Is.Null);
}
