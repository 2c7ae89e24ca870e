using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure;

public static class OptionsValidation
{
    /// <summary>
    /// Binds a settings class to its section and checks it as the host starts (its data annotations, and any rule added
    /// to the builder), not at first use: a node with a setting it cannot read stops at once, naming it, instead of
    /// failing the first request or job that needs it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
