namespace Argus.Cacao.Vocabularies;

/// <summary>Every open vocabulary and closed enumeration of CACAO v2.0 CS01, typed out from the spec.</summary>
public static class CacaoVocabularies
{
    /// <summary><c>playbook-type-ov</c> (section 3.1.1).</summary>
    public static CacaoVocabulary PlaybookTypes { get; } = new("playbook-type-ov", isOpen: true,
        "attack", "detection", "engagement", "investigation", "mitigation", "notification", "prevention",
        "remediation");

    /// <summary><c>playbook-activity-type-ov</c> (section 3.1.2).</summary>
    public static CacaoVocabulary PlaybookActivities { get; } = new("playbook-activity-type-ov", isOpen: true,
        "compose-content", "deliver-content", "identify-audience", "identify-channel", "scan-system",
        "match-indicator", "analyze-collected-data", "identify-indicators", "scan-vulnerabilities",
        "configure-systems", "restrict-access", "disconnect-system", "eliminate-risk", "revert-system",
        "restore-data", "restore-capabilities", "map-network", "identify-steps", "step-sequence",
        "prepare-engagement", "execute-operation", "analyze-engagement-results");

    /// <summary><c>industry-sector-ov</c> (section 3.4), 50 sectors.</summary>
    public static CacaoVocabulary IndustrySectors { get; } = new("industry-sector-ov", isOpen: true,
        "aerospace", "aviation", "agriculture", "automotive", "biotechnology", "chemical", "commercial",
        "consulting", "construction", "cosmetics", "critical-infrastructure", "dams", "defense", "education",
        "emergency-services", "energy", "non-renewable-energy", "renewable-energy", "media", "financial", "food",
        "gambling", "government", "local-government", "national-government", "regional-government",
        "public-services", "healthcare", "information-communications-technology", "electronics-hardware",
        "software", "telecommunications", "legal-services", "lodging", "manufacturing", "maritime", "metals",
        "mining", "non-profit", "humanitarian-aid", "human-rights", "nuclear", "petroleum", "pharmaceuticals",
        "research", "transportation", "logistics-shipping", "utilities", "video-game", "water");

    /// <summary><c>workflow-step-type-enum</c> (section 4), closed.</summary>
    public static CacaoVocabulary WorkflowStepTypes { get; } = new("workflow-step-type-enum", isOpen: false,
        "start", "end", "action", "playbook-action", "parallel", "if-condition", "while-condition",
        "switch-condition");

    /// <summary><c>command-type-ov</c> (section 5).</summary>
    public static CacaoVocabulary CommandTypes { get; } = new("command-type-ov", isOpen: true,
        "manual", "bash", "caldera-cmd", "elastic", "http-api", "jupyter", "kestrel", "openc2-http", "powershell",
        "sigma", "ssh", "yara");

    /// <summary><c>authentication-info-type-ov</c> (section 6).</summary>
    public static CacaoVocabulary AuthenticationInfoTypes { get; } = new("authentication-info-type-ov", isOpen: true,
        "http-basic", "oauth2", "user-auth");

    /// <summary><c>agent-target-type-ov</c> (section 7).</summary>
    public static CacaoVocabulary AgentTargetTypes { get; } = new("agent-target-type-ov", isOpen: true,
        "group", "individual", "location", "organization", "sector", "http-api", "linux", "net-address",
        "security-category", "ssh");

    /// <summary><c>security-category-type-ov</c> (section 7.6).</summary>
    public static CacaoVocabulary SecurityCategories { get; } = new("security-category-type-ov", isOpen: true,
        "aaa", "analytics", "caldera", "content-gateway", "desktop", "endpoint", "firewall", "handset", "ids", "ips",
        "kali", "manx", "orchestrator", "os-linux", "os-mac", "os-windows", "redcanary-atomicred", "ragdoll",
        "router", "sandcat", "server", "siem", "switch", "ticketing", "tip", "wireless");

    /// <summary>The keys an agent or target <c>address</c> may have (section 7.8), closed.</summary>
    public static CacaoVocabulary AddressTypes { get; } = new("address-type-enum", isOpen: false,
        "dname", "ipv4", "ipv6", "l2mac", "vlan", "url");

    /// <summary><c>region-enum</c> (section 10.3, civic location), 29 regions, closed.</summary>
    public static CacaoVocabulary Regions { get; } = new("region-enum", isOpen: false,
        "africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa",
        "americas", "caribbean", "central-america", "latin-america-caribbean", "northern-america", "south-america",
        "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia", "western-asia", "europe",
        "eastern-europe", "northern-europe", "southern-europe", "western-europe", "oceania", "antarctica",
        "australia-new-zealand", "melanesia", "micronesia", "polynesia");

    /// <summary><c>data-marking-type-enum</c> (section 9), closed.</summary>
    public static CacaoVocabulary DataMarkingTypes { get; } = new("data-marking-type-enum", isOpen: false,
        "marking-statement", "marking-tlp", "marking-iep");

    /// <summary>The TLP 2.0 levels of <c>marking-tlp.tlpv2_level</c> (section 9.3), closed.</summary>
    public static CacaoVocabulary TlpLevels { get; } = new("tlpv2-level-enum", isOpen: false,
        "TLP:RED", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:GREEN", "TLP:CLEAR");

    /// <summary><c>variable-type-ov</c> (section 10.18.1).</summary>
    public static CacaoVocabulary VariableTypes { get; } = new("variable-type-ov", isOpen: true,
        "bool", "dictionary", "float", "hexstring", "integer", "ipv4-addr", "ipv6-addr", "long", "mac-addr", "hash",
        "md5-hash", "sha256-hash", "string", "uri", "uuid");

    /// <summary><c>signature-algorithm-type-ov</c> (section 10.15.1).</summary>
    /// <remarks>The HMAC algorithms HS256/HS384/HS512 are known but SHOULD NOT be used, so they are not listed.</remarks>
    public static CacaoVocabulary SignatureAlgorithms { get; } = new("signature-algorithm-type-ov", isOpen: true,
        "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "Ed25519", "Ed448",
        "XMSS-SHA2_10_256", "XMSS-SHA2_16_256", "XMSS-SHA2_20_256", "LMS_SHA256_M32_H5", "LMS_SHA256_M32_H10",
        "LMS_SHA256_M32_H15", "LMS_SHA256_M32_H20", "LMS_SHA256_M32_H25");

    /// <summary>
    /// Hash names of the IANA "Named Information Hash Algorithm Registry", the names a signature's
    /// <c>hash_algorithm</c> must use (case-sensitive; the spec recommends <c>sha-256</c> or <c>sha-512</c>).
    /// </summary>
    public static CacaoVocabulary HashAlgorithms { get; } = new("iana-hash-algorithm", isOpen: true,
        "sha-256", "sha-256-128", "sha-256-120", "sha-256-96", "sha-256-64", "sha-256-32", "sha-384", "sha-512",
        "sha3-224", "sha3-256", "sha3-384", "sha3-512", "blake2s-256", "blake2b-256", "blake2b-512", "k12-256",
        "k12-512");
}
