using WorkforceInsights.Cli;

return await WiCommandLine.RunAsync(args, Console.Out, Console.Error);
