namespace FormEngine.Cli.Tests;

/// <summary>Definitions the command tests share.</summary>
internal static class TestForms
{
    /// <summary>A form with a condition, an external list, a repeat and villkor: every output shape of the tool.</summary>
    public const string Intyg = """
        key: intyg-test
        version: 1
        title: {sv: Begär testintyg, en: Request a test certificate}
        category: begar-intyg
        workflow: standard-case
        languages: [sv, en]
        terms: {sv: Jag godkänner villkoren., en: I accept the terms.}
        external_lists:
          certificate_kinds:
            description: {sv: Intyg som mottagningen utfärdar, en: Certificates the clinic issues}
        pages:
          - key: one
            title: {sv: Vilket intyg?, en: Which certificate?}
            fields:
              - key: kind
                type: single_choice
                label: {sv: Typ av intyg, en: Kind of certificate}
                choices_from: certificate_kinds
                required: true
              - key: request_type
                type: single_choice
                label: {sv: Nytt eller förnyelse, en: New or renewal}
                required: true
                choices:
                  - {code: new, label: {sv: Nytt, en: New}}
                  - {code: renewal, label: {sv: Förnyelse, en: Renewal}}
              - key: previous_issuer
                type: text
                label: {sv: Vem utfärdade det?, en: Who issued it?}
                required: true
                visible_when: request_type == 'renewal'
          - key: two
            title: {sv: Kontakt, en: Contact}
            fields:
              - key: phone
                type: phone
                label: {sv: Telefonnummer, en: Phone number}
              - key: packages
                type: repeat
                label: {sv: Förpackningar, en: Packages}
                fields:
                  - key: count
                    type: integer
                    label: {sv: Antal, en: Count}
                    required: true
                    validators:
                      - min: 1
        """;

    public const string Context = """
        today: 2026-11-25
        clinic: {key: vc-eksjo, name: Vårdcentralen Eksjö}
        lists:
          certificate_kinds:
            - {code: korkort, label: {sv: Körkortsintyg, en: Driving licence certificate}}
        """;

    public const string ValidExample = """
        description: A new certificate
        context:
          lists:
            certificate_kinds: [{code: korkort, label: {sv: Körkortsintyg}}]
        answers: {kind: korkort, request_type: new, terms_accepted: true}
        expect:
          valid: true
          hidden: [previous_issuer]
        """;

    public const string RenewalExample = """
        description: A renewal needs the previous issuer
        context:
          lists:
            certificate_kinds: [{code: korkort, label: {sv: Körkortsintyg}}]
        answers: {kind: korkort, request_type: renewal, terms_accepted: true}
        expect:
          valid: false
          errors: {previous_issuer: required}
          visible: [previous_issuer]
        """;

    /// <summary>Four errors, each at a known place.</summary>
    public const string Broken = """
        key: Broken Key
        version: 1
        title: {sv: Trasig}
        category: test
        workflow: standard-case
        pages:
          - key: one
            title: {sv: Ett}
            fields:
              - key: age
                type: integger
                label: {sv: Ålder}
              - key: name
                type: text
                labl: {sv: Namn}
        """;
}
