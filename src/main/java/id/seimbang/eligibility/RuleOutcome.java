package id.seimbang.eligibility;

import id.seimbang.system.Bilingual;

/** One rule that fired: its stable id, the regulation it implements, severity and message with facts. */
public record RuleOutcome(String ruleId, String regulation, Severity severity, Bilingual message) {
}
