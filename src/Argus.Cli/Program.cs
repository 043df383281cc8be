using Argus.Cli;

return await ArgusCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
