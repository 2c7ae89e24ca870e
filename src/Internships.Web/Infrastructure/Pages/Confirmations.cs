using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>Questions that more than one page asks (the same action offered to coordinators and employers).</summary>
public static class Confirmations
{
    /// <summary>Deactivating a supervisor, from the coordinator's employer page or the employer's own organisation page.</summary>
    public static Confirmation SupervisorDeactivation(SupervisorDto supervisor, IStringLocalizer<EmployerText> text)
    {
        var name = $"{supervisor.FirstName} {supervisor.LastName}";
        return new Confirmation(
            text["Supervisors.DeactivateQuestion", name],
            text["Supervisors.DeactivateConsequences", name],
            text["Supervisors.YesDeactivate", name]);
    }
}
