namespace Internships.Matching;

/// <summary>The postings and students given to the engine cannot form a matching problem; the message names the problem.</summary>
public sealed class MatchingInputException(string message) : ArgumentException(message);
