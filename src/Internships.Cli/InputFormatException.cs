namespace Internships.Cli;

/// <summary>The input is valid JSON but not the shape the command expects; the message says where.</summary>
internal sealed class InputFormatException(string message) : Exception(message);
