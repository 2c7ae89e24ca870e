using Internships.Application.Features.Employers;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>Questions that more than one page asks (the same action offered to coordinators and employers).</summary>
public static class Confirmations
{
    /// <summary>Deactivating a supervisor, from the coordinator's employer page or the employer's own organisation page.</summary>
    public static Confirmation SupervisorDeactivation(SupervisorDto supervisor)
    {
        var name = $"{supervisor.FirstName} {supervisor.LastName}";
        return new Confirmation(
            $"Deactivate {name}?",
            $"{name} can no longer be named supervisor of a placement, and their account is disabled at once (its sessions end). " +
            "Placements they supervise keep them until another supervisor is assigned. You can reactivate them later, which " +
            "brings their account back.",
            $"Yes, deactivate {name}");
    }
}
