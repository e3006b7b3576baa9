using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;

/// <summary>
/// A peer supporter is supervised by a clinician of the Hub, trained by today, and on the register once.
/// </summary>
public static class RegisterPeerSupporterDecision
{
    public static Decision Decide(
        RegisterPeerSupporter command,
        Guid peerSupporterId,
        string hubId,
        bool supervisorIsHubClinician,
        bool alreadyOnRegister,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!supervisorIsHubClinician)
        {
            return Decision.Refuse("supervisor-not-a-clinician", "The supervisor must be a clinician of your Hub.");
        }

        if (command.TrainedOn > today)
        {
            return Decision.Refuse("not-yet-trained", "Add a peer supporter once their training is done.");
        }

        return alreadyOnRegister
            ? Decision.Refuse("already-registered", "This account is already on the Hub's register.")
            : Decision.Accept(
                new PeerSupporterRegistered(
                    peerSupporterId,
                    hubId,
                    command.AccountId,
                    command.Name.Trim(),
                    command.SupervisorId,
                    command.TrainedOn!.Value,
                    command.RefresherDue!.Value,
                    now
                )
            );
    }
}
