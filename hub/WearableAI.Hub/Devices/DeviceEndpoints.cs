using Microsoft.AspNetCore.Http.HttpResults;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Devices;

/// <summary>The provisioning and device REST API under <c>/api/devices</c>.</summary>
public static class DeviceEndpoints
{
    public static IServiceCollection AddHubDevices(this IServiceCollection services) => services.AddSingleton<DeviceChanges>().AddSingleton<DeviceProvisioner>();

    public static WebApplication MapDeviceApi(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/devices").WithTags("devices");
        api.MapPost("/", CreateAsync).WithSummary("Provision a device: returns its id and secret (shown once) and the MQTT endpoint.");
        api.MapGet("/", ListAsync).WithSummary("List the devices.");
        api.MapGet("/{id}", GetAsync).WithSummary("One device.");
        api.MapPatch("/{id}", UpdateAsync).WithSummary("Rename a device and/or move it to another group.");
        api.MapDelete("/{id}", DeleteAsync).WithSummary("Delete a device; its credentials stop working at once.");
        return app;
    }

    private static async Task<Results<Created<ProvisionedDevice>, ProblemHttpResult>> CreateAsync(
        CreateDeviceRequest? request, DeviceProvisioner provisioner, CancellationToken cancellationToken)
    {
        string? problem = CheckName(request?.Name, required: true) ?? CheckGroup(request?.Group);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        ProvisionedDevice device = await provisioner.CreateAsync(request!.Name!.Trim(), request.Group ?? DeviceProvisioner.DefaultGroup, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/devices/{device.Id}", device);
    }

    private static async Task<Ok<IReadOnlyList<DeviceRecord>>> ListAsync(DeviceStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<DeviceRecord>, ProblemHttpResult>> GetAsync(string id, DeviceStore store, CancellationToken cancellationToken)
    {
        DeviceRecord? device = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return device is null ? NotFound(id) : TypedResults.Ok(device);
    }

    private static async Task<Results<Ok<DeviceRecord>, ProblemHttpResult>> UpdateAsync(
        string id, UpdateDeviceRequest? request, DeviceProvisioner provisioner, DeviceStore store, CancellationToken cancellationToken)
    {
        if (request is null || (request.Name is null && request.Group is null))
        {
            return BadRequest("Give a new 'name' and/or 'group'.");
        }

        string? problem = CheckName(request.Name, required: false) ?? CheckGroup(request.Group);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        if (!await provisioner.UpdateAsync(id, request.Name?.Trim(), request.Group, cancellationToken).ConfigureAwait(false))
        {
            return NotFound(id);
        }

        return TypedResults.Ok((await store.FindAsync(id, cancellationToken).ConfigureAwait(false))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, DeviceProvisioner provisioner, CancellationToken cancellationToken) =>
        await provisioner.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(id);

    private static string? CheckName(string? name, bool required)
    {
        if (name is null)
        {
            return required ? "'name' is required." : null;
        }

        string trimmed = name.Trim();
        return trimmed.Length is 0 or > DeviceProvisioner.MaxNameLength || trimmed.Any(char.IsControl)
            ? $"'name' must be 1..{DeviceProvisioner.MaxNameLength} printable characters."
            : null;
    }

    private static string? CheckGroup(string? group) =>
        group is null || HubTopics.IsValidId(group) ? null : "'group' must be 1..32 characters of a-z, 0-9, '_' and '-'.";

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such device", detail: $"No device has the id '{id}'.");
}
