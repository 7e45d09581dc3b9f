export const id = 440;
export const ids = [440];
export const modules = {

/***/ 70440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsArtifactStore: () => (/* binding */ ActionsArtifactStore)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9645);

/** ArtifactStore over `@actions/artifact` (the client of actions/upload-artifact v4+ and download-artifact). */
class ActionsArtifactStore {
    client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    async upload(name, files, root) {
        const { id } = await this.client.uploadArtifact(name, [...files], root);
        if (id === undefined)
            throw new Error(`the artifact service returned no id for "${name}"`);
        return id;
    }
    async list(other) {
        const { artifacts } = await this.client.listArtifacts({ latest: true, ...(other ? { findBy: findBy(other) } : {}) });
        return artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name, size: artifact.size }));
    }
    async download(id, directory, other) {
        await this.client.downloadArtifact(id, { path: directory, ...(other ? { findBy: findBy(other) } : {}) });
    }
}
function findBy(other) {
    return { token: other.token, workflowRunId: other.runId, repositoryOwner: other.repository.owner, repositoryName: other.repository.repo };
}


/***/ })

};

//# sourceMappingURL=440.index.js.map