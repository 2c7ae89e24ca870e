using Internships.Application.Common.Security;
using Internships.Domain.Accounts;

namespace Internships.DemoData;

public sealed partial class DemoDistrictSeeder
{
    /// <summary>
    /// An invitation waiting to be accepted: the demo employer's second supervisor, invited by the coordinator two days
    /// ago. Only the link's hash is kept, as for any invitation: "Send again" on /accounts/invitations mails a working link.
    /// </summary>
    private async Task SeedPendingInvitationAsync(District district, CancellationToken cancellationToken)
    {
        var supervisor = district.Supervisors[DemoCatalogue.DemoEmployerKey][1];
        db.Invitations.Add(new Invitation(supervisor.Email, Roles.Supervisor, null, supervisor.EmployerId, supervisor.Id, "coordinator@demo.local",
            SecretTokens.Hash(SecretTokens.New()), _now.AddDays(-2)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
