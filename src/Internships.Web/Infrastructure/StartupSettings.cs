using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>The settings check a node makes before it starts anything (every options class registered ValidateOnStart).</summary>
internal static class StartupSettings
{
    /// <summary>"Refusing to start: …" with every failed rule, or null when every setting is usable.</summary>
    public static string? Refusal(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return Line([e]);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return Line(e.InnerExceptions.Cast<OptionsValidationException>());
        }
    }

    private static string Line(IEnumerable<OptionsValidationException> failures) =>
        "Refusing to start: " + string.Join(" ", failures.SelectMany(f => f.Failures));
}
