using Argus.Cli;

return await ArgusCommandLine.InvokeAsync(args, Console.Error).ConfigureAwait(false);
