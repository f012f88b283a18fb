package org.unsdcf.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.model.SubOutput;

/** An activity mapped but for its funding, which waits for the file's currency. */
final class ActivityDraft {
  final Place node;
  final String identifier;
  final Optional<String> parent;
  final SubOutput.Builder entry;
  final String leadEntity;
  final Optional<String> outputLink;
  final Optional<String> defaultCurrency;
  final List<MoneyItem> money = new ArrayList<>();
  final List<String> countries = new ArrayList<>();

  ActivityDraft(
      Place node,
      String identifier,
      Optional<String> parent,
      SubOutput.Builder entry,
      String leadEntity,
      Optional<String> outputLink,
      Optional<String> defaultCurrency) {
    this.node = node;
    this.identifier = identifier;
    this.parent = parent;
    this.entry = entry;
    this.leadEntity = leadEntity;
    this.outputLink = outputLink;
    this.defaultCurrency = defaultCurrency;
  }
}
