using Spectre.Console.Cli;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai eval</c>: every model tier and the cascade on a dataset, with plots and budgets, per engine family,
/// optionally beside the PocketSphinx peer (docs/evaluation.md). The work is in WearableAI.Training/Eval;
/// this file binds options, <see cref="EvalSummary"/> prints the summary.
/// </summary>
internal sealed class EvalCommand : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        string json = Path.GetFullPath(settings.Json!);
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);
        var request = new EvalRequest(settings.Data!, settings.Models, json, settings.Split, !settings.NoCache, settings.Peer, settings.PeerParallel, settings.Without);
        EvalReport? report = null;
        try
        {
            TrainProgress.Run(progress => report = Evaluation.Run(request, progress));
        }
        catch (DatasetException e)
        {
            throw new UserFacingException(e.Message);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<DatasetException>().FirstOrDefault() is DatasetException inner)
        {
            throw new UserFacingException(inner.Message);
        }

        EvalSummary.Print(report!, json);
        return 0;
    }
}
