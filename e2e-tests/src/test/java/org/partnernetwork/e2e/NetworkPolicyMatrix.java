package org.partnernetwork.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What an overlay's NetworkPolicies let through, worked out as Kubernetes does: a pod
 * that policies of a direction select accepts, in that direction, only what a rule of
 * those policies names (peers and ports); a connection between two pods needs both the
 * sender's egress and the receiver's ingress. Each connection reads "from → to:port".
 */
final class NetworkPolicyMatrix {

	/**
	 * One peer and port a rule of a policy selecting {@code part} allows; null: any peer.
	 */
	private record Allowance(String part, NetworkPolicyPeer peer, String port) {

		boolean leavesTheNamespace() {
			return peer == null || peer.getNamespaceSelector() != null || peer.getIpBlock() != null;
		}

	}

	private final RenderedOverlay overlay;

	private final List<Allowance> ingress;

	private final List<Allowance> egress;

	NetworkPolicyMatrix(RenderedOverlay overlay) {
		this.overlay = overlay;
		this.ingress = allowances(overlay.all(NetworkPolicy.class), "Ingress");
		this.egress = allowances(overlay.all(NetworkPolicy.class), "Egress");
	}

	/** Connections between the parts, on every port each part's container opens. */
	Set<String> betweenParts() {
		Set<String> allowed = new TreeSet<>();
		for (String from : RenderedOverlay.PARTS) {
			for (String to : RenderedOverlay.PARTS) {
				for (ContainerPort port : overlay.container(to).getPorts()) {
					if (allows(egress, from, to, port.getContainerPort())
							&& allows(ingress, to, from, port.getContainerPort())) {
						allowed.add(from + " → " + to + ":" + port.getContainerPort());
					}
				}
			}
		}
		return allowed;
	}

	/** Ingress from outside the namespace ("namespace/pods → part:port"). */
	Set<String> intoTheNamespace() {
		Set<String> allowed = new TreeSet<>();
		ingress.stream()
			.filter(Allowance::leavesTheNamespace)
			.forEach(allowance -> allowed
				.add(describe(allowance.peer()) + " → " + allowance.part() + ":" + allowance.port()));
		return allowed;
	}

	/** Egress out of the namespace: to other namespaces' pods, or to addresses. */
	Set<String> outOfTheNamespace() {
		Set<String> allowed = new TreeSet<>();
		egress.stream()
			.filter(Allowance::leavesTheNamespace)
			.forEach(allowance -> allowed
				.add(allowance.part() + " → " + describe(allowance.peer()) + ":" + allowance.port()));
		return allowed;
	}

	private boolean allows(List<Allowance> allowances, String part, String other, int port) {
		return allowances.stream()
			.filter(allowance -> allowance.part().equals(part))
			.filter(allowance -> allowance.port().equals("*") || allowance.port().equals(String.valueOf(port)))
			.anyMatch(allowance -> allowance.peer() == null
					|| (allowance.peer().getNamespaceSelector() == null && allowance.peer().getIpBlock() == null
							&& matches(allowance.peer().getPodSelector(), overlay.podLabels(other))));
	}

	private List<Allowance> allowances(List<NetworkPolicy> policies, String direction) {
		List<Allowance> allowances = new ArrayList<>();
		for (String part : RenderedOverlay.PARTS) {
			for (NetworkPolicy policy : policies) {
				if (policy.getSpec().getPolicyTypes().contains(direction)
						&& matches(policy.getSpec().getPodSelector(), overlay.podLabels(part))) {
					if (direction.equals("Ingress")) {
						policy.getSpec()
							.getIngress()
							.forEach(rule -> add(allowances, part, rule.getFrom(), rule.getPorts()));
					}
					else {
						policy.getSpec()
							.getEgress()
							.forEach(rule -> add(allowances, part, rule.getTo(), rule.getPorts()));
					}
				}
			}
		}
		return allowances;
	}

	private static void add(List<Allowance> allowances, String part, List<NetworkPolicyPeer> peers,
			List<NetworkPolicyPort> ports) {
		List<NetworkPolicyPeer> anyPeer = Collections.singletonList(null);
		for (NetworkPolicyPeer peer : (peers == null || peers.isEmpty()) ? anyPeer : peers) {
			if (ports == null || ports.isEmpty()) {
				allowances.add(new Allowance(part, peer, "*"));
			}
			else {
				ports.forEach(port -> allowances.add(new Allowance(part, peer, describe(port))));
			}
		}
	}

	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return true;
		}
		boolean labelsMatch = labelsOf(selector).entrySet()
			.stream()
			.allMatch(label -> label.getValue().equals(labels.get(label.getKey())));
		return labelsMatch && (selector.getMatchExpressions() == null
				|| selector.getMatchExpressions().stream().allMatch(expression -> matches(expression, labels)));
	}

	private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
		String value = labels.get(requirement.getKey());
		return switch (requirement.getOperator()) {
			case "In" -> value != null && requirement.getValues().contains(value);
			case "NotIn" -> value == null || !requirement.getValues().contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			default -> throw new AssertionError("Unknown selector operator " + requirement.getOperator());
		};
	}

	/** "anywhere", an address block, or "namespace/pods" by their names. */
	private static String describe(NetworkPolicyPeer peer) {
		if (peer == null) {
			return "anywhere";
		}
		if (peer.getIpBlock() != null) {
			List<String> except = peer.getIpBlock().getExcept();
			return peer.getIpBlock().getCidr() + (except == null || except.isEmpty() ? "" : " except " + except);
		}
		Map<String, String> namespace = labelsOf(peer.getNamespaceSelector());
		Map<String, String> pods = labelsOf(peer.getPodSelector());
		return Objects.toString(namespace.get("kubernetes.io/metadata.name"), "namespaces " + namespace) + "/"
				+ (pods.isEmpty() ? "*" : String.join(",", pods.values()));
	}

	private static Map<String, String> labelsOf(LabelSelector selector) {
		return (selector == null || selector.getMatchLabels() == null) ? Map.of() : selector.getMatchLabels();
	}

	private static String describe(NetworkPolicyPort port) {
		String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
		String number = port.getPort() == null ? "*" : String.valueOf(port.getPort().getValue());
		return protocol.equals("TCP") ? number : number + "/" + protocol;
	}

}
