package org.unsdcf.core.model;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** core's {@code module-info.java} as design.md §2 and §11 describe it. */
class ModuleDescriptorTest {
  final ModuleDescriptor descriptor = CooperationFramework.class.getModule().getDescriptor();

  @Test
  void should_be_the_named_module_org_unsdcf_core() {
    assertThat(CooperationFramework.class.getModule().isNamed()).isTrue();
    assertThat(descriptor.name()).isEqualTo("org.unsdcf.core");
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.isAutomatic()).isFalse();
  }

  @Test
  void should_export_exactly_its_six_packages_to_everyone() {
    List<Exports> unqualified =
        descriptor.exports().stream().filter(e -> !e.isQualified()).toList();
    assertThat(unqualified)
        .allSatisfy(e -> assertThat(e.modifiers()).as("%s modifiers", e.source()).isEmpty());
    assertThat(unqualified.stream().map(Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "org.unsdcf.core.model",
            "org.unsdcf.core.sdg",
            "org.unsdcf.core.entities",
            "org.unsdcf.core.units",
            "org.unsdcf.core.validation",
            "org.unsdcf.core.rollup");
  }

  @Test
  void should_export_only_the_internal_package_and_only_to_the_json_module() {
    List<Exports> qualified = descriptor.exports().stream().filter(Exports::isQualified).toList();
    assertThat(qualified).hasSize(1);
    assertThat(qualified.get(0).source()).isEqualTo("org.unsdcf.core.internal");
    assertThat(qualified.get(0).targets()).containsExactly("org.unsdcf.json");
    assertThat(qualified.get(0).modifiers()).isEmpty();
  }

  @Test
  void should_not_export_the_internal_package() {
    assertThat(CooperationFramework.class.getModule().isExported("org.unsdcf.core.internal"))
        .isFalse();
  }

  @Test
  void should_open_nothing() {
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void should_require_only_the_jdk_base_indriya_and_static_annotations() {
    Map<String, Set<Requires.Modifier>> requires =
        descriptor.requires().stream().collect(toMap(Requires::name, Requires::modifiers));

    assertThat(requires)
        .containsOnlyKeys(
            "java.base",
            "java.measure",
            "tech.units.indriya",
            "org.immutables.value.annotations",
            "org.apiguardian.api");
    assertThat(requires.get("java.base")).containsExactly(Requires.Modifier.MANDATED);
    assertThat(requires.get("java.measure")).containsExactly(Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("tech.units.indriya")).isEmpty();
    assertThat(requires.get("org.immutables.value.annotations"))
        .containsExactly(Requires.Modifier.STATIC);
    assertThat(requires.get("org.apiguardian.api")).containsExactly(Requires.Modifier.STATIC);
  }

  @Test
  void should_provide_and_use_no_services() {
    assertThat(descriptor.provides()).isEmpty();
    assertThat(descriptor.uses()).isEmpty();
  }
}
