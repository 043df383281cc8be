using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Commands;
using Argus.Cacao.Model.Markings;
using FsCheck;
using FsCheck.Fluent;
using static Argus.Cacao.Tests.Serialization.GenBuild;
using static Argus.Cacao.Tests.Serialization.JsonGenerators;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>Generators of whole playbooks and of every model object but steps (<see cref="StepGenerators"/>).</summary>
internal static class PlaybookGenerators
{
    public static readonly string[] CustomCommandTypes = ["openc2", "ftp", "subroutine", "pong"];
    public static readonly string[] CustomAgentTypes = ["soarca", "software"];

    public static Gen<string> Id(string prefix) => Gen.Choose(0, 9999).Select(i => $"{prefix}--{i:D4}");

    public static Gen<ExternalReference> ExternalReference { get; } = Build(new ExternalReference())
        .Always(Text, (r, v) => r with { Name = v })
        .Maybe(Text, (r, v) => r with { Description = v })
        .Maybe(Text, (r, v) => r with { Source = v })
        .Maybe(Text, (r, v) => r with { Url = v })
        .Maybe(Text, (r, v) => r with { ExternalId = v })
        .Maybe(Id("playbook"), (r, v) => r with { ReferenceId = v })
        .Maybe(Unknown, (r, v) => r with { Unknown = v }).Gen;

    public static Gen<ImmutableArray<ExternalReference>> ExternalReferences { get; } =
        Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(ExternalReference, n)).Select(items => items.ToImmutableArray());

    public static Gen<Variable> Variable { get; } = Build(new Variable())
        .Maybe(Gen.Elements(VariableTypes.String, VariableTypes.Dictionary, VariableTypes.Ipv4Addr, "custom-type"), (v, x) => v with { Type = x })
        .Maybe(Text, (v, x) => v with { Description = x })
        .Maybe(Gen.OneOf(Text.Select(s => JsonGenerators.ToElement(s)), Gen.Constant(JsonGenerators.ToElement(null)), RawObject),
            (v, x) => v with { Value = x })
        .Maybe(Gen.Elements(true, false), (v, x) => v with { Constant = x })
        .Maybe(Gen.Elements(true, false), (v, x) => v with { External = x })
        .Maybe(Unknown, (v, x) => v with { Unknown = x }).Gen;

    public static Gen<OrderedMap<Variable>> Variables { get; } = MapOf("__var_", Variable).Select(RenameVariables);

    public static Gen<CommandData> Command { get; } = Build(Gen.Elements([CommandTypes.Manual, CommandTypes.Bash, CommandTypes.Ssh, CommandTypes.PowerShell, CommandTypes.CalderaCmd,
            CommandTypes.HttpApi, CommandTypes.OpenC2Http, CommandTypes.Elastic, CommandTypes.Jupyter, CommandTypes.Kestrel,
            CommandTypes.Sigma, CommandTypes.Yara, .. CustomCommandTypes]).Select(t => new CommandData { Type = t }))
        .Maybe(Text, (c, v) => c with { Description = v })
        .Maybe(Text, (c, v) => c with { Version = v })
        .Maybe(Gen.Elements(PlaybookActivityTypes.ScanSystem, PlaybookActivityTypes.RestrictAccess), (c, v) => c with { PlaybookActivity = v })
        .Maybe(ExternalReferences, (c, v) => c with { ExternalReferences = v })
        .Maybe(Text, (c, v) => c with { Command = v })
        .Maybe(Text, (c, v) => c with { CommandBase64 = v })
        .Maybe(MapOf("X-Header-", TextList), (c, v) => c with { Headers = v })
        .Maybe(Text, (c, v) => c with { Content = v })
        .Maybe(Text, (c, v) => c with { ContentBase64 = v })
        .Maybe(Unknown, (c, v) => c with { Unknown = v }).Gen;

    public static Gen<CivicLocation> Location { get; } = Build(new CivicLocation())
        .Maybe(Text, (l, v) => l with { Name = v })
        .Maybe(Gen.Elements("NL", "DE"), (l, v) => l with { Country = v })
        .Maybe(Text, (l, v) => l with { Region = v })
        .Maybe(Text, (l, v) => l with { City = v })
        .Maybe(Gen.Elements("52.1", "-4.25"), (l, v) => l with { Latitude = v, Longitude = v, Precision = "10" })
        .Maybe(Unknown, (l, v) => l with { Unknown = v }).Gen;

    public static Gen<Contact> Contact { get; } = Build(new Contact())
        .Maybe(MapOf("work", Text, 2), (c, v) => c with { Email = v })
        .Maybe(MapOf("mobile", Text, 2), (c, v) => c with { Phone = v })
        .Maybe(Text, (c, v) => c with { ContactDetails = v })
        .Maybe(Unknown, (c, v) => c with { Unknown = v }).Gen;

    public static Gen<AgentTarget> AgentTarget { get; } = Build(Gen.Elements([AgentTargetTypes.Group, AgentTargetTypes.Individual, AgentTargetTypes.Location, AgentTargetTypes.Organization,
            AgentTargetTypes.Sector, AgentTargetTypes.HttpApi, AgentTargetTypes.Linux, AgentTargetTypes.NetAddress,
            AgentTargetTypes.SecurityCategory, AgentTargetTypes.Ssh, .. CustomAgentTypes]).Select(t => new AgentTarget { Type = t }))
        .Always(Text, (a, v) => a with { Name = v })
        .Maybe(Text, (a, v) => a with { Description = v })
        .Maybe(Location, (a, v) => a with { Location = v })
        .Maybe(Contact, (a, v) => a with { Contact = v })
        .Maybe(TextList, (a, v) => a with { Logical = v })
        .Maybe(Text, (a, v) => a with { Sector = v })
        .Maybe(MapOf("ipv", TextList, 2), (a, v) => a with { Address = v })
        .Maybe(Gen.Elements("80", "443", "__port__:value"), (a, v) => a with { Port = v })
        .Maybe(Id("user-auth"), (a, v) => a with { AuthenticationInfo = v })
        .Maybe(TextList, (a, v) => a with { Category = v })
        .Maybe(Extensions, (a, v) => a with { AgentTargetExtensions = v })
        .Maybe(Unknown, (a, v) => a with { Unknown = v }).Gen;

    public static Gen<AuthenticationInfo> AuthenticationInfo { get; } = Build(Gen.Elements(AuthenticationInfoTypes.HttpBasic, AuthenticationInfoTypes.OAuth2, AuthenticationInfoTypes.UserAuth,
            AuthenticationInfoTypes.PrivateKey, "authentication-info").Select(t => new AuthenticationInfo { Type = t }))
        .Maybe(Text, (a, v) => a with { Name = v })
        .Maybe(Text, (a, v) => a with { Description = v })
        .Maybe(Text, (a, v) => a with { UserId = v })
        .Maybe(Text, (a, v) => a with { Username = v })
        .Maybe(Text, (a, v) => a with { Password = v })
        .Maybe(Text, (a, v) => a with { OAuthHeader = v })
        .Maybe(Text, (a, v) => a with { Token = v })
        .Maybe(Text, (a, v) => a with { PrivateKey = v })
        .Maybe(Gen.Elements(true, false), (a, v) => a with { Kms = v })
        .Maybe(Text, (a, v) => a with { KmsKeyIdentifier = v })
        .Maybe(Extensions, (a, v) => a with { AuthenticationInfoExtensions = v })
        .Maybe(Unknown, (a, v) => a with { Unknown = v }).Gen;

    public static Gen<DataMarking> Marking { get; } = Gen.OneOf(
            Gen.Constant<DataMarking>(new MarkingStatement { Statement = "(c) ACME" }),
            Gen.Elements(TlpLevels.Red, TlpLevels.Amber, TlpLevels.AmberStrict, TlpLevels.Green, TlpLevels.Clear)
                .Select(level => (DataMarking)new MarkingTlp { Tlpv2Level = level }),
            Gen.Constant<DataMarking>(new MarkingIep
            {
                Tlp = "amber", IepVersion = 2, StartDate = "2024-01-01T00:00:00.000Z", EndDate = "2025-01-01T00:00:00.000Z",
                EncryptInTransit = "must", PermittedActions = "internally-visible", AffectedPartyNotifications = "may",
                Attribution = "must-not", UnmodifiedResale = "must-not",
            }),
            Gen.Elements("marking-custom", "classification").Select(t => (DataMarking)new UnknownMarking(t)))
        .SelectMany(marking => Build(marking)
            .Always(Id("marking"), (m, v) => m with { Id = v })
            .Maybe(Text, (m, v) => m with { Name = v })
            .Maybe(Id("identity"), (m, v) => m with { CreatedBy = v, Created = "2022-10-01T00:00:00.000Z" })
            .Maybe(Gen.Elements(true, false), (m, v) => m with { Revoked = v })
            .Maybe(TextList, (m, v) => m with { Labels = v })
            .Maybe(ExternalReferences, (m, v) => m with { ExternalReferences = v })
            .Maybe(Extensions, (m, v) => m with { MarkingExtensions = v })
            .Maybe(Unknown, (m, v) => m with { Unknown = v }).Gen);

    public static Gen<Signature> Signature { get; } = Countersigned(SignatureWithoutCountersignature);

    public static Gen<Playbook> Playbook { get; } = Build(new Playbook())
        .Maybe(Gen.Elements("playbook", "playbooks"), (p, v) => p with { Type = v })
        .Always(Gen.Constant("cacao-2.0"), (p, v) => p with { SpecVersion = v })
        .Always(Id("playbook"), (p, v) => p with { Id = v })
        .Maybe(Text, (p, v) => p with { Name = v })
        .Maybe(Text, (p, v) => p with { Description = v })
        .Maybe(TextList, (p, v) => p with { PlaybookTypes = v })
        .Maybe(TextList, (p, v) => p with { PlaybookActivities = v })
        .Maybe(ProcessingSummary, (p, v) => p with { PlaybookProcessingSummary = v })
        .Maybe(Id("identity"), (p, v) => p with { CreatedBy = v })
        .Maybe(Gen.Elements("2023-11-20T15:56:00.123456Z", "2023-11-20T15:56:00.000Z"), (p, v) => p with { Created = v, Modified = v })
        .Maybe(Gen.Elements(true, false), (p, v) => p with { Revoked = v })
        .Maybe(Text, (p, v) => p with { ValidFrom = v, ValidUntil = v })
        .Maybe(TextList, (p, v) => p with { DerivedFrom = v, RelatedTo = v })
        .Maybe(Gen.Choose(0, 100), (p, v) => p with { Priority = v, Severity = v, Impact = v })
        .Maybe(TextList, (p, v) => p with { IndustrySectors = v, Labels = v })
        .Maybe(ExternalReferences, (p, v) => p with { ExternalReferences = v })
        .Maybe(TextList, (p, v) => p with { Markings = v })
        .Maybe(Variables, (p, v) => p with { PlaybookVariables = v })
        .Maybe(Id("start"), (p, v) => p with { WorkflowStart = v })
        .Maybe(Id("end"), (p, v) => p with { WorkflowException = v })
        .Maybe(StepGenerators.Workflow, (p, v) => p with { Workflow = v })
        .Maybe(Extensions, (p, v) => p with { PlaybookExtensions = v })
        .Maybe(MapOf("user-auth--", AuthenticationInfo), (p, v) => p with { AuthenticationInfoDefinitions = v })
        .Maybe(MapOf("individual--", AgentTarget), (p, v) => p with { AgentDefinitions = v })
        .Maybe(MapOf("ssh--", AgentTarget), (p, v) => p with { TargetDefinitions = v })
        .Maybe(MapOf("extension-definition--", ExtensionDefinition), (p, v) => p with { ExtensionDefinitions = v })
        .Maybe(MapOf("marking--", Marking), (p, v) => p with { DataMarkingDefinitions = v })
        .Maybe(Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Signature, n)).Select(s => s.ToImmutableArray()), (p, v) => p with { Signatures = v })
        .Maybe(Unknown, (p, v) => p with { Unknown = v }).Gen;

    private static Gen<PlaybookProcessingSummary> ProcessingSummary => Build(new PlaybookProcessingSummary())
        .Maybe(Gen.Elements(true, false), (s, v) => s with { ManualPlaybook = v, IfLogic = v, Extensions = v })
        .Maybe(Gen.Elements(true, false), (s, v) => s with { ExternalPlaybooks = v, WhileLogic = v, DataMarkings = v })
        .Maybe(Gen.Elements(true, false), (s, v) => s with { ParallelProcessing = v, SwitchLogic = v, TemporalLogic = v })
        .Maybe(Gen.Elements(true, false), (s, v) => s with { DigitalSignatures = v, CountersignedSignatures = v })
        .Maybe(Unknown, (s, v) => s with { Unknown = v }).Gen;

    private static Gen<ExtensionDefinition> ExtensionDefinition => Build(new ExtensionDefinition { Type = "extension-definition" })
        .Always(Text, (e, v) => e with { Name = v })
        .Maybe(Text, (e, v) => e with { Description = v })
        .Maybe(Id("identity"), (e, v) => e with { CreatedBy = v })
        .Maybe(Text, (e, v) => e with { Schema = v })
        .Maybe(Gen.Elements("1.0.0", "2.1"), (e, v) => e with { Version = v })
        .Maybe(ExternalReferences, (e, v) => e with { ExternalReferences = v })
        .Maybe(Unknown, (e, v) => e with { Unknown = v }).Gen;

    private static Gen<Signature> SignatureWithoutCountersignature => Build(new Signature { Type = "jss" })
        .Always(Id("jss"), (s, v) => s with { Id = v })
        .Maybe(Id("identity"), (s, v) => s with { CreatedBy = v })
        .Maybe(Gen.Constant("2023-01-10T17:39:31.319Z"), (s, v) => s with { Created = v, Modified = v, ValidFrom = v, ValidUntil = v })
        .Maybe(Gen.Elements(true, false), (s, v) => s with { Revoked = v })
        .Maybe(Text, (s, v) => s with { Signee = v })
        .Maybe(Id("playbook"), (s, v) => s with { RelatedTo = v, RelatedVersion = "2022-05-18T11:31:31.319Z" })
        .Maybe(Gen.Elements("sha-256", "sha-512"), (s, v) => s with { HashAlgorithm = v })
        .Maybe(Gen.Elements("RS256", "ES384", "Ed25519"), (s, v) => s with { Algorithm = v })
        .Maybe(Text, (s, v) => s with { PublicKey = v })
        .Maybe(TextList, (s, v) => s with { PublicCertChain = v })
        .Maybe(Text, (s, v) => s with { CertUrl = v, Thumbprint = v })
        .Maybe(Text, (s, v) => s with { Value = v })
        .Maybe(Unknown, (s, v) => s with { Unknown = v }).Gen;

    private static Gen<Signature> Countersigned(Gen<Signature> signature) =>
        Build(signature)
            .Maybe(SignatureWithoutCountersignature, (s, v) => s with { Countersignature = v }).Gen;

    private static OrderedMap<Variable> RenameVariables(OrderedMap<Variable> variables) =>
        new(variables.Entries.Select(e => KeyValuePair.Create(e.Key + "__", e.Value)));
}
