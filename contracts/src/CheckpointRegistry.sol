// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ICheckpointRegistry} from "./ICheckpointRegistry.sol";

/**
 * @title CheckpointRegistry
 * @notice The national hub's registry of member-network checkpoints (see {ICheckpointRegistry}).
 * @dev One checkpoint costs three fresh slots (root; block hash; toBlock, member block time and relay packed) and one update of the
 * member's packed slot, whatever the number of events it covers. A checkpoint's fromBlock is not stored: it is the
 * previous checkpoint's toBlock + 1 (the member's start block for the first).
 */
contract CheckpointRegistry is ICheckpointRegistry, AccessControl {
    struct Stored {
        bytes32 root;
        bytes32 sourceBlockHash;
        uint64 toBlock;
        uint32 sourceBlockTime;
        address relay;
    }

    mapping(bytes32 memberId => Member) private _members;
    mapping(bytes32 memberId => mapping(uint64 sequence => Stored)) private _checkpoints;

    /**
     * @notice Makes `admin` the admin: it registers members and grants relay roles.
     *
     * Requirements:
     * - `admin` is not the zero address.
     */
    constructor(address admin) {
        if (admin == address(0)) revert CheckpointRegistryZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc ICheckpointRegistry
    function registerMember(uint64 sourceChainId, address sourceRegistry, uint64 startBlock)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (sourceChainId == 0 || sourceRegistry == address(0)) {
            revert CheckpointRegistryInvalidMember(sourceChainId, sourceRegistry);
        }
        bytes32 id = _memberId(sourceChainId, sourceRegistry);
        Member storage member = _members[id];
        if (member.registered) revert CheckpointRegistryMemberAlreadyRegistered(id);

        member.registered = true;
        member.startBlock = startBlock;
        member.nextFromBlock = startBlock;
        emit MemberRegistered(id, sourceChainId, sourceRegistry, startBlock);
    }

    /// @inheritdoc ICheckpointRegistry
    function postCheckpoint(
        uint64 sourceChainId,
        address sourceRegistry,
        uint64 fromBlock,
        uint64 toBlock,
        bytes32 checkpointRoot,
        bytes32 sourceBlockHash,
        uint64 sourceBlockTime
    ) external {
        bytes32 id = _memberId(sourceChainId, sourceRegistry);
        Member storage member = _members[id];
        if (!member.registered) revert CheckpointRegistryUnknownMember(sourceChainId, sourceRegistry);
        if (!hasRole(_relayRole(id), msg.sender)) revert CheckpointRegistryRelayNotAccredited(id, msg.sender);
        if (fromBlock != member.nextFromBlock) {
            revert CheckpointRegistryNonContiguousRange(id, member.nextFromBlock, fromBlock);
        }
        if (toBlock < fromBlock) revert CheckpointRegistryInvalidRange(fromBlock, toBlock);
        if (sourceBlockHash == bytes32(0) || sourceBlockTime == 0) revert CheckpointRegistryZeroBlockHash();

        uint64 sequence = member.checkpoints + 1;
        member.checkpoints = sequence;
        member.nextFromBlock = toBlock + 1;
        _checkpoints[id][sequence] = Stored(checkpointRoot, sourceBlockHash, toBlock, uint32(sourceBlockTime), msg.sender);
        emit CheckpointPosted(id, sequence, msg.sender, fromBlock, toBlock, checkpointRoot, sourceBlockHash, sourceBlockTime);
    }

    /// @inheritdoc ICheckpointRegistry
    function verifyEvent(
        uint64 sourceChainId,
        address sourceRegistry,
        uint64 sequence,
        bytes32 leaf,
        bytes32[] calldata proof
    ) external view returns (Checkpoint memory checkpoint, bool included, Member memory member) {
        bytes32 id = _memberId(sourceChainId, sourceRegistry);
        member = _members[id];
        checkpoint = _checkpoint(id, sequence);
        included = checkpoint.root != bytes32(0) && MerkleProof.verifyCalldata(proof, checkpoint.root, leaf);
    }

    /// @inheritdoc ICheckpointRegistry
    function checkpointsOf(uint64 sourceChainId, address sourceRegistry, uint64[] calldata sequences)
        external
        view
        returns (Checkpoint[] memory checkpoints, Member memory member)
    {
        bytes32 id = _memberId(sourceChainId, sourceRegistry);
        member = _members[id];
        checkpoints = new Checkpoint[](sequences.length);
        for (uint256 i = 0; i < sequences.length; ++i) {
            checkpoints[i] = _checkpoint(id, sequences[i]);
        }
    }

    /// @inheritdoc ICheckpointRegistry
    function memberOf(uint64 sourceChainId, address sourceRegistry) external view returns (Member memory) {
        return _members[_memberId(sourceChainId, sourceRegistry)];
    }

    /// @inheritdoc ICheckpointRegistry
    function checkpointOf(uint64 sourceChainId, address sourceRegistry, uint64 sequence)
        external
        view
        returns (Checkpoint memory)
    {
        return _checkpoint(_memberId(sourceChainId, sourceRegistry), sequence);
    }

    /// @inheritdoc ICheckpointRegistry
    function memberId(uint64 sourceChainId, address sourceRegistry) external pure returns (bytes32) {
        return _memberId(sourceChainId, sourceRegistry);
    }

    /// @inheritdoc ICheckpointRegistry
    function relayRole(uint64 sourceChainId, address sourceRegistry) external pure returns (bytes32) {
        return _relayRole(_memberId(sourceChainId, sourceRegistry));
    }

    function _checkpoint(bytes32 id, uint64 sequence) private view returns (Checkpoint memory checkpoint) {
        Stored memory stored = _checkpoints[id][sequence];
        if (stored.relay == address(0)) return checkpoint;
        uint64 fromBlock = sequence == 1 ? _members[id].startBlock : _checkpoints[id][sequence - 1].toBlock + 1;
        checkpoint =
            Checkpoint(stored.root, stored.sourceBlockHash, fromBlock, stored.toBlock, stored.sourceBlockTime, stored.relay);
    }

    function _memberId(uint64 sourceChainId, address sourceRegistry) private pure returns (bytes32) {
        return keccak256(abi.encode(sourceChainId, sourceRegistry));
    }

    function _relayRole(bytes32 id) private pure returns (bytes32) {
        return keccak256(abi.encode("RELAY", id));
    }
}
