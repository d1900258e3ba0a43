using WearableAI.Firmware.Host.Watching;
using WearableAI.Shared.Models;
using WearableAI.Watch;

try
{
    if (CommandLine.ReportBudget(args))
    {
        HostWatchOptions budget = CommandLine.Parse([.. args.Where(a => a != "--report-budget"), "--stdin"]);
        WatchModel? model = budget.ModelBlob is null ? null : ModelBlobLoader.Load(budget.ModelBlob).Model ?? throw new ArgumentException("--model: not a valid model blob");
        Console.WriteLine(BudgetReport.Format(BudgetReport.Measure(model)));
        return 0;
    }

    HostWatchOptions options = CommandLine.Parse(args);
    using CancellationTokenSource stop = new();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    if (options.StartAt is { } startAt && startAt > DateTimeOffset.UtcNow)
    {
        await Task.Delay(startAt - DateTimeOffset.UtcNow, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    using HostWatch watch = new(options);
    await watch.RunAsync(stop.Token);
    Console.WriteLine($"[{options.DeviceId}] done: {watch.Watch.WakeCandidates} wake candidates, {watch.Watch.Link.Rejections.Total} hub frames ignored");
    return 0;
}
catch (Exception ex) when (ex is ArgumentException or IOException or UriFormatException or InvalidDataException)
{
    Console.Error.WriteLine($"wai-watch: {ex.Message}");
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}
