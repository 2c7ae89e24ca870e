namespace Internships.Infrastructure.Nodes;

/// <summary>What a node does (docs/adr/0012): everything, or one half of the work, so each half can be scaled alone.</summary>
public enum HostRole
{
    /// <summary>Pages, API and the job server in one process (the default, and what a single node runs).</summary>
    All,

    /// <summary>Pages and API; no job server (jobs it enqueues are run by a worker).</summary>
    Web,

    /// <summary>The job server and the health endpoints only: no pages, no API.</summary>
    Worker,
}

/// <summary>Settings of this node (section "Host").</summary>
public sealed class HostRoleOptions
{
    public const string Section = "Host";

    public HostRole Role { get; set; } = HostRole.All;

    /// <summary>Whether this node serves pages and the API.</summary>
    public bool ServesRequests => Role != HostRole.Worker;

    /// <summary>Whether this node runs a job server: a worker always, a web node never, otherwise as Jobs:RunServer says.</summary>
    public bool RunsJobs(bool runServerSetting) => Role switch
    {
        HostRole.Worker => true,
        HostRole.Web => false,
        _ => runServerSetting,
    };
}
