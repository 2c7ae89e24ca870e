using Internships.Cli;

return MatchingCli.Run(args, Console.Out, Console.Error);
