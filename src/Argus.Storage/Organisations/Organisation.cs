using Argus.Storage.Access;

namespace Argus.Storage.Organisations;

public sealed record Organisation(OrganisationId Id, string DisplayName, DateTimeOffset CreatedAt);
