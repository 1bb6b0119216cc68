// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title ICheckpointRegistry
 * @notice The national hub: accredited relays post checkpoints of member networks' registries, so that one trust
 * anchor (this contract on the national network) vouches for every member's roots, revocations and accreditations.
 * @dev A member is a (sourceChainId, sourceRegistry) pair: the `CredentialRegistry` of one member network. Its
 * checkpoints cover contiguous, non-overlapping block ranges of that network, starting at the member's registered start
 * block; checkpoint `n` (1-based) covers [fromBlock, toBlock] with fromBlock == toBlock of checkpoint n-1, plus one.
 * `checkpointRoot` is a Merkle root (OpenZeppelin sorted pairs, odd node promoted) over the leaf nodes of the member's
 * events in that range; a leaf node is keccak256(keccak256(abi.encode("CredChain.Checkpoint.v1", kind, ...))), so it
 * can never pass for a credential tree's leaf or an inner node. An empty range has root zero.
 *
 * A relay is accredited per member: the role {relayRole}(sourceChainId, sourceRegistry), granted by the admin.
 */
interface ICheckpointRegistry {
    /**
     * @notice One posted checkpoint.
     * @param root Merkle root over the member's events in [fromBlock, toBlock]; zero when the range has none.
     * @param sourceBlockHash Hash of the member network's block `toBlock`, as the relay saw it at finality.
     * @param fromBlock First member block covered.
     * @param toBlock Last member block covered.
     * @param sourceBlockTime Timestamp of the member block `toBlock`, as the relay saw it: what the checkpoint is current to.
     * @param relay The account that posted it (zero when the checkpoint does not exist).
     */
    struct Checkpoint {
        bytes32 root;
        bytes32 sourceBlockHash;
        uint64 fromBlock;
        uint64 toBlock;
        uint64 sourceBlockTime;
        address relay;
    }

    /**
     * @notice A member network's registry as the hub knows it.
     * @param registered Whether the admin registered it.
     * @param startBlock The first member block the first checkpoint must start at.
     * @param nextFromBlock The fromBlock the next checkpoint must have.
     * @param checkpoints Number of checkpoints posted (the latest one's sequence number).
     */
    struct Member {
        bool registered;
        uint64 startBlock;
        uint64 nextFromBlock;
        uint64 checkpoints;
    }

    /// @notice Emitted when the admin registers the member (`sourceChainId`, `sourceRegistry`).
    event MemberRegistered(bytes32 indexed memberId, uint64 sourceChainId, address sourceRegistry, uint64 startBlock);

    /// @notice Emitted when `relay` posts checkpoint `sequence` of `memberId`.
    event CheckpointPosted(
        bytes32 indexed memberId,
        uint64 indexed sequence,
        address indexed relay,
        uint64 fromBlock,
        uint64 toBlock,
        bytes32 root,
        bytes32 sourceBlockHash,
        uint64 sourceBlockTime
    );

    /// @notice The admin account is the zero address.
    error CheckpointRegistryZeroAdmin();

    /// @notice The member registry address is the zero address, or the chain id is zero.
    error CheckpointRegistryInvalidMember(uint64 sourceChainId, address sourceRegistry);

    /// @notice The member is already registered.
    error CheckpointRegistryMemberAlreadyRegistered(bytes32 memberId);

    /// @notice The member (`sourceChainId`, `sourceRegistry`) is not registered.
    error CheckpointRegistryUnknownMember(uint64 sourceChainId, address sourceRegistry);

    /// @notice `relay` is not accredited for the member `memberId`.
    error CheckpointRegistryRelayNotAccredited(bytes32 memberId, address relay);

    /// @notice The range does not start where the previous one ended (gap or overlap).
    error CheckpointRegistryNonContiguousRange(bytes32 memberId, uint64 expectedFromBlock, uint64 fromBlock);

    /// @notice `toBlock` is before `fromBlock`.
    error CheckpointRegistryInvalidRange(uint64 fromBlock, uint64 toBlock);

    /// @notice The source block hash or time is zero.
    error CheckpointRegistryZeroBlockHash();

    /**
     * @notice Registers the member registry `sourceRegistry` on chain `sourceChainId`; its checkpoints start at
     * `startBlock` (typically the registry's deployment block).
     *
     * Requirements:
     * - the caller has the admin role;
     * - `sourceChainId` is not zero and `sourceRegistry` is not the zero address;
     * - the member is not registered yet.
     */
    function registerMember(uint64 sourceChainId, address sourceRegistry, uint64 startBlock) external;

    /**
     * @notice Posts the next checkpoint of the member (`sourceChainId`, `sourceRegistry`).
     *
     * Requirements:
     * - the member is registered;
     * - the caller has {relayRole} of the member;
     * - `fromBlock` is the member's next expected block (no gap, no overlap) and `toBlock >= fromBlock`;
     * - `sourceBlockHash` and `sourceBlockTime` are not zero.
     */
    function postCheckpoint(
        uint64 sourceChainId,
        address sourceRegistry,
        uint64 fromBlock,
        uint64 toBlock,
        bytes32 checkpointRoot,
        bytes32 sourceBlockHash,
        uint64 sourceBlockTime
    ) external;

    /**
     * @notice The checkpoints `sequences` of the member and the member itself, in one call: a verifier holding event
     * proofs from a relay checks each against its checkpoint's root.
     *
     * Requirements: none; an unknown sequence gives an all-zero checkpoint.
     */
    function checkpointsOf(uint64 sourceChainId, address sourceRegistry, uint64[] calldata sequences)
        external
        view
        returns (Checkpoint[] memory checkpoints, Member memory member);

    /**
     * @notice Everything a verifier needs to accept an event proof of checkpoint `sequence`, in one call: the
     * checkpoint, whether `leaf` (a leaf node) folds to its root with `proof`, and the member's latest checkpoint.
     *
     * Requirements: none; an unknown member or sequence returns an empty checkpoint and `included == false`.
     */
    function verifyEvent(
        uint64 sourceChainId,
        address sourceRegistry,
        uint64 sequence,
        bytes32 leaf,
        bytes32[] calldata proof
    ) external view returns (Checkpoint memory checkpoint, bool included, Member memory member);

    /**
     * @notice The member (`sourceChainId`, `sourceRegistry`).
     *
     * Requirements: none.
     */
    function memberOf(uint64 sourceChainId, address sourceRegistry) external view returns (Member memory);

    /**
     * @notice Checkpoint `sequence` (1-based) of the member; all zero when it does not exist.
     *
     * Requirements: none.
     */
    function checkpointOf(uint64 sourceChainId, address sourceRegistry, uint64 sequence)
        external
        view
        returns (Checkpoint memory);

    /**
     * @notice The member's id: keccak256(abi.encode(sourceChainId, sourceRegistry)).
     *
     * Requirements: none.
     */
    function memberId(uint64 sourceChainId, address sourceRegistry) external pure returns (bytes32);

    /**
     * @notice The role a relay needs to post checkpoints of the member: keccak256(abi.encode("RELAY", memberId)).
     *
     * Requirements: none.
     */
    function relayRole(uint64 sourceChainId, address sourceRegistry) external pure returns (bytes32);
}
