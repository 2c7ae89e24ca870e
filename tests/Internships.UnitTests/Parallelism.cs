// The unit tests share no state (no database, no host; files only in temporary folders of their own), so their
// fixtures run in parallel; the tests within one fixture still run one after another.
[assembly: Parallelizable(ParallelScope.Fixtures)]
