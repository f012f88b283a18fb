#!/usr/bin/env bash
# Release check (design §19): deploys the committed tree to a file repository, as a release would
# deploy to a public one, and checks that every published module is there with what such a
# repository demands: pom with name, description, url, licence, developers and scm (own or
# inherited from the parent pom), the jar, a sources jar, a javadoc jar and a CycloneDX SBOM.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-hardlinks "$root" "$work/src"
(cd "$work/src" && mvn -B -ntp -q deploy -DskipTests -Djacoco.skip=true \
  -DaltDeploymentRepository="staging::file://$work/repo")

python3 - "$work/repo" "$work/src" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

repo, src = sys.argv[1], sys.argv[2]
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
group = os.path.join(repo, "org", "unsdcf")
problems = []

def pom_of(artifact):
    poms = sorted(glob.glob(os.path.join(group, artifact, "*", f"{artifact}-*.pom")))
    return ET.parse(poms[-1]).getroot() if poms else None

parent = pom_of("unsdcf-parent")
if parent is None:
    problems.append("unsdcf-parent: no pom deployed (the modules inherit their metadata from it)")

def meta(pom, path):
    node = pom.find(path, ns)
    if node is None and parent is not None and pom is not parent and pom.find("m:parent", ns) is not None:
        node = parent.find(path, ns)
    return node is not None and (len(node) > 0 or (node.text or "").strip() != "")

published = []
for descriptor in sorted(glob.glob(os.path.join(src, "*", "src", "main", "java", "module-info.java"))):
    module = descriptor.split(os.sep)[-5]
    pom = ET.parse(os.path.join(src, module, "pom.xml")).getroot()
    published.append(pom.find("m:artifactId", ns).text)
published.append("unsdcf-bom")

for artifact in published:
    pom = pom_of(artifact)
    if pom is None:
        problems.append(f"{artifact}: not deployed")
        continue
    for path in ["m:name", "m:description", "m:url", "m:licenses/m:license/m:name",
                 "m:developers/m:developer", "m:scm/m:url", "m:scm/m:connection"]:
        if not meta(pom, path):
            problems.append(f"{artifact}: pom lacks {path.replace('m:', '')}")
    if artifact == "unsdcf-bom":
        continue
    version_dir = sorted(glob.glob(os.path.join(group, artifact, "*", "")))[-1]
    files = os.listdir(version_dir)
    for kind, suffix in [("jar", ".jar"), ("sources jar", "-sources.jar"),
                         ("javadoc jar", "-javadoc.jar"), ("SBOM", "-cyclonedx.json")]:
        if not any(f.endswith(suffix) and (suffix != ".jar" or not f.endswith(("-sources.jar", "-javadoc.jar"))) for f in files):
            problems.append(f"{artifact}: no {kind} deployed")

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"deploy: {len(published)} published artifacts with pom metadata, jar, sources, javadoc and SBOM")
PY
